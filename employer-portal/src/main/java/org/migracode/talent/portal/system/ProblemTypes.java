package org.migracode.talent.portal.system;

import java.net.URI;

/**
 * The stable {@code type} URIs of our RFC 9457 problem bodies: {@code <BASE><name>}, e.g.
 * {@code …/problems/not-found}. Clients may switch on them; their names never change.
 */
public final class ProblemTypes {

    public static final String BASE = "https://migracode-talent.example/problems/";

    private ProblemTypes() {
    }

    public static URI of(String name) {
        return URI.create(BASE + name);
    }
}
