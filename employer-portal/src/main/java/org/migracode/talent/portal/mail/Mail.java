package org.migracode.talent.portal.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One e-mail to one recipient, already rendered in the recipient's language. It must carry no more
 * personal data than the recipient may see in the portal.
 *
 * @param to         the recipient's address
 * @param locale     the language the text is written in (recorded for the outgoing-mail page)
 * @param subject    the subject line
 * @param text       the plain-text body
 * @param kind       what caused it (e.g. {@code invitation}, {@code password-reset}), for the outgoing-mail page
 * @param attachment one file sent with it (an interview's {@code .ics}), or null
 */
public record Mail(String to, Locale locale, String subject, String text, String kind, Attachment attachment) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** A mail without an attachment (every mail before attachments existed). */
    public Mail(String to, Locale locale, String subject, String text, String kind) {
        this(to, locale, subject, text, kind, null);
    }

    /**
     * A file sent with a mail, stored in the outbox with it.
     *
     * @param fileName    e.g. {@code interview.ics}: letters, digits, dot, dash and underscore only
     * @param contentType e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
            if (!NAME.matcher(fileName).matches()) {
                throw new IllegalArgumentException("attachment file name: " + fileName);
            }
            if (contentType.length() > 200 || contentType.contains("\n") || contentType.contains("\r")) {
                throw new IllegalArgumentException("attachment content type: " + contentType);
            }
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment a && a.fileName.equals(fileName) && a.contentType.equals(contentType)
                    && Arrays.equals(a.content, content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileName, contentType, Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
        }
    }
}
