package org.migracode.talent.portal.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Unique-enough tags for the names of a test's own rows: six letters a-f, so no skill, date or amount reads into
 * them. (Taking a random UUID's letters failed now and then: some UUIDs have fewer than six.)
 */
public final class TestTags {

    private TestTags() {
    }

    public static String letters() {
        return ThreadLocalRandom.current().ints(6, 'a', 'g')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
