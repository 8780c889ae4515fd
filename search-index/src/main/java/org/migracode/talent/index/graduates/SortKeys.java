package org.migracode.talent.index.graduates;

import java.util.UUID;

/**
 * A UUID as two {@code long} sort keys whose signed order is the order of the UUID's text.
 *
 * <p>The text of a UUID is its most and then its least significant 64 bits in fixed-width
 * lower-case hex, so text order is the unsigned order of the pair. Flipping the sign bit maps
 * unsigned order onto signed order, which is what a numeric sort field compares. Stage 1 breaks
 * equal scores by these two numbers: a numeric comparison where a keyword sort looked every
 * competitive hit's term up in a compressed terms dictionary.
 */
public final class SortKeys {

    private SortKeys() {
    }

    /** The first sort key: the most significant bits, sign bit flipped. */
    public static long high(UUID id) {
        return id.getMostSignificantBits() ^ Long.MIN_VALUE;
    }

    /** The second sort key: the least significant bits, sign bit flipped. */
    public static long low(UUID id) {
        return id.getLeastSignificantBits() ^ Long.MIN_VALUE;
    }
}
