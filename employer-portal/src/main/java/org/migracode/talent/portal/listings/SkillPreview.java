package org.migracode.talent.portal.listings;

import java.util.List;
import org.migracode.talent.portal.listings.ListingView.RequiredSkillView;
import org.migracode.talent.portal.listings.ListingView.SkillView;

/**
 * The skills suggested from a listing's text, with where each was found.
 *
 * @param required    required skills at the default minimum level
 * @param niceToHave  skills named in optional passages ("a plus", "se valorará", "es valorarà")
 * @param highlights  every mention, for highlighting: {@code field} is TITLE or DESCRIPTION and
 *                    {@code start}/{@code end} are char offsets in that text
 */
record SkillPreview(List<RequiredSkillView> required, List<SkillView> niceToHave, List<Highlight> highlights) {

    record Highlight(String skill, String label, String field, int start, int end, String matched, boolean niceToHave) {
    }
}
