package org.migracode.talent.portal.search;

/**
 * A saved search that cannot be stored as asked (empty or too long name, a name already used, a
 * search with a bad parameter), with the message key the page shows ({@code saved.error.<code>}).
 */
class SavedSearchException extends RuntimeException {

    private final String code;

    SavedSearchException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
