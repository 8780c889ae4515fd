package org.migracode.talent.portal.outcomes;

import java.util.Map;
import org.migracode.talent.portal.system.PortalException;

/**
 * Input the rules refuse: message keys (i18n/outcomes*.properties) by field, so pages and the API
 * can say it in the caller's language.
 */
class InvalidOutcomeException extends PortalException {

    private final Map<String, String> errors;

    InvalidOutcomeException(Map<String, String> errors) {
        super(Kind.INVALID_INPUT, "invalid input: " + errors);
        this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
        return errors;
    }

    @Override
    public Map<String, String> fieldErrors() {
        return errors;
    }
}
