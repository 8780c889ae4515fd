package org.migracode.talent.portal.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * One e-mail to one recipient, already rendered in the recipient's language. It must carry no more
 * personal data than the recipient may see in the portal.
 *
 * @param to       the recipient's address
 * @param locale   the language the text is written in (recorded for the outgoing-mail page)
 * @param subject  the subject line
 * @param text     the plain-text body
 * @param kind     what caused it (e.g. {@code invitation}, {@code password-reset}), for the outgoing-mail page
 */
public record Mail(String to, Locale locale, String subject, String text, String kind) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
