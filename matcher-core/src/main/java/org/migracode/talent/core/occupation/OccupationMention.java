package org.migracode.talent.core.occupation;

/**
 * An occupation found in a text.
 *
 * @param occupation the occupation's id
 * @param form       the normalised variant that matched ({@code desarrolladora})
 * @param start      offset of the first char in the text (inclusive)
 * @param end        offset after the last char (exclusive)
 */
public record OccupationMention(String occupation, String form, int start, int end) {
}
