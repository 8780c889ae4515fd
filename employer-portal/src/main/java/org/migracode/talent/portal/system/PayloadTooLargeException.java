package org.migracode.talent.portal.system;

import java.io.IOException;

/**
 * A body without a {@code Content-Length} grew beyond the limit while it was read. An
 * {@link IOException}, so that it travels through message converters as their own read failure;
 * {@link ApiExceptionHandler} finds it among the causes and answers 413.
 */
class PayloadTooLargeException extends IOException {

    private final long limit;

    PayloadTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
