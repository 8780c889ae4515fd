package org.migracode.talent.portal.outcomes;

import java.util.Map;

/**
 * Input the rules refuse: message keys (i18n/outcomes*.properties) by field, so pages and the API
 * can say it in the caller's language.
 */
class InvalidOutcomeException extends RuntimeException {

    private final Map<String, String> errors;

    InvalidOutcomeException(Map<String, String> errors) {
        super("invalid input: " + errors);
        this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
        return errors;
    }
}
