package org.migracode.talent.portal.register;

import java.util.Map;

/** Bad input: field → message key (register.error.*). Nothing was stored. */
class InvalidRegisterInputException extends RuntimeException {

    private final Map<String, String> errors;

    InvalidRegisterInputException(Map<String, String> errors) {
        super("invalid input: " + errors);
        this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
        return errors;
    }
}
