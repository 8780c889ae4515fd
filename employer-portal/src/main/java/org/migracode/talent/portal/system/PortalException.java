package org.migracode.talent.portal.system;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A refusal a feature throws and {@link ApiExceptionHandler} answers as an RFC 9457 problem:
 * the {@link Kind} gives the status and the stable {@code type}, the title is that type's title
 * in the caller's language ({@code problem.title.<type>}), the detail is {@link #detailKey()} in
 * the caller's language or else the English message. Controllers throw (or let services throw)
 * these and never build a problem body themselves; a page controller may still catch one to
 * show its own page.
 */
public abstract class PortalException extends RuntimeException {

    /** What kind of refusal: its HTTP status, the stable problem type and its English title. */
    public enum Kind {
        INVALID_INPUT(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input"),
        FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden"),
        NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
        CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict"),
        /** The change was based on an older version than the stored one. */
        STALE(HttpStatus.CONFLICT, "stale-version", "Changed meanwhile");

        private final HttpStatus status;
        private final String type;
        private final String title;

        Kind(HttpStatus status, String type, String title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }

        public HttpStatus status() {
            return status;
        }

        public String type() {
            return type;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;

    protected PortalException(Kind kind, String message) {
        super(message);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    protected PortalException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status; the kind's unless a refusal needs a finer one (413, 415, 422). */
    public HttpStatus status() {
        return kind.status();
    }

    /** The last segment of the stable problem type URI; the kind's unless the refusal has its own. */
    public String type() {
        return kind.type();
    }

    /** The English title, used only when the bundle has no {@code problem.title.<type>}. */
    public String title() {
        return kind.title();
    }

    /** The full message key of the detail in the caller's language; null: the English message is the detail. */
    public String detailKey() {
        return null;
    }

    public Object[] detailArguments() {
        return new Object[0];
    }

    /** Message keys of the refused fields, by field; the problem lists them as {@code errors}. */
    public Map<String, String> fieldErrors() {
        return Map.of();
    }

    /** Further members of the problem body (the current version of a stale thing, a reason code). */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
