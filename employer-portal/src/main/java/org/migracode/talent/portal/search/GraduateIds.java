package org.migracode.talent.portal.search;

import java.util.Optional;
import java.util.UUID;

/**
 * A graduate id from a path, for the page and the API alike: text that is not a UUID is an id no
 * graduate has, so it answers the same "not found" as an unknown one rather than a 400.
 */
final class GraduateIds {

    private GraduateIds() {
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
