package org.migracode.talent.portal.interviews;

/**
 * An interview action that cannot be done now. {@code messageKey} explains it in the user's
 * language ({@code interview.refusal.*}); {@code status} is 400 for bad input, 409 for the wrong moment.
 */
class InterviewException extends RuntimeException {

    private final String messageKey;
    private final int status;

    InterviewException(String messageKey, int status) {
        super(messageKey);
        this.messageKey = messageKey;
        this.status = status;
    }

    static InterviewException badInput(String key) {
        return new InterviewException("interview.error." + key, 400);
    }

    static InterviewException conflict(String key) {
        return new InterviewException("interview.refusal." + key, 409);
    }

    String messageKey() {
        return messageKey;
    }

    int status() {
        return status;
    }
}
