package org.migracode.talent.portal.cvs;

import java.util.Objects;
import org.migracode.talent.portal.system.PortalException;
import org.springframework.http.HttpStatus;

/**
 * An uploaded document that cannot become a draft, and why: a client error, never a 500. The
 * message is English for the log; pages and problem bodies show {@code cvs.refused.<reason>}.
 */
class CvRefused extends PortalException {

    /** Why a document was refused, with the HTTP status it answers. */
    enum Reason {
        EMPTY(HttpStatus.BAD_REQUEST),
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
        UNSUPPORTED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        ENCRYPTED(HttpStatus.UNPROCESSABLE_CONTENT),
        MALFORMED(HttpStatus.UNPROCESSABLE_CONTENT),
        NO_TEXT(HttpStatus.UNPROCESSABLE_CONTENT);

        final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }

        String messageKey() {
            return "cvs.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    CvRefused(Reason reason, String message) {
        super(Kind.INVALID_INPUT, message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    CvRefused(Reason reason, String message, Throwable cause) {
        super(Kind.INVALID_INPUT, message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    Reason reason() {
        return reason;
    }

    /** 400, 413, 415 or 422 by reason. */
    @Override
    public HttpStatus status() {
        return reason.status;
    }

    @Override
    public String type() {
        return "cv-refused";
    }

    @Override
    public String title() {
        return "CV refused";
    }

    @Override
    public String detailKey() {
        return reason.messageKey();
    }

    @Override
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of("reason", reason.name());
    }
}
