package org.migracode.talent.portal.testing;

import java.util.regex.Pattern;

/**
 * Finds a money amount in page, JSON, CSV or PDF text, in any notation a locale may give it
 * ("8765", "8,765", "8.765", "8 765"), but never inside a hex id: pages carry UUIDs and tests tag
 * their rows with random hex, and a plain {@code contains("8765")} then fails by chance.
 */
public final class AmountText {

    private static final String SEPARATOR = "[.,'\\s\\u00a0\\u202f]?";
    private static final String NOT_HEX_BEFORE = "(?<![0-9a-fA-F-])";
    private static final String NOT_HEX_AFTER = "(?![0-9a-fA-F-])";

    private AmountText() {
    }

    /** The whole part of {@code amount} (for "8765.43": 8765) with an optional separator between thousands. */
    public static Pattern anyNotation(String amount) {
        String whole = amount.split("[.,]")[0];
        StringBuilder regex = new StringBuilder(NOT_HEX_BEFORE);
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        regex.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            regex.append(SEPARATOR).append(whole, i, i + 3);
        }
        return Pattern.compile(regex.append(NOT_HEX_AFTER).toString());
    }
}
