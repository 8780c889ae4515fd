package org.migracode.talent.portal.notifications;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event to tell: who, what kind, where it points and the words to fill in.
 *
 * @param to   who is told
 * @param kind a message-key suffix, {@code notification.<kind>.title} and {@code .text} in the
 *             {@code i18n/notifications} bundles (e.g. {@code proposal.created})
 * @param link the portal path of the object (starts with {@code /}); the bell links there
 * @param args named message arguments ({@code {listing}}, {@code {company}} …), already limited to
 *             what every recipient may see
 */
public record Notice(Recipients to, String kind, String link, Map<String, String> args) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    public Notice {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(link, "link");
        if (!KIND.matcher(kind).matches() || kind.length() > 80) {
            throw new IllegalArgumentException("kind must look like proposal.created: " + kind);
        }
        if (!link.startsWith("/") || link.startsWith("//") || link.length() > 500) {
            throw new IllegalArgumentException("link must be a portal path: " + link);
        }
        args = args == null ? Map.of() : Map.copyOf(args);
    }
}
