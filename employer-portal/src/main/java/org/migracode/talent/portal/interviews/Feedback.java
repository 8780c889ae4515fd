package org.migracode.talent.portal.interviews;

import java.util.Map;

/**
 * The recruiter's feedback after an interview: a score of 1 to 4 per required skill of the
 * listing, private text for the school, and a fixed-reason outcome. The graduate sees only the
 * outcome; coaches, admins and the company's recruiters see everything.
 */
record Feedback(Outcome outcome, Map<String, Integer> ratings, String privateText) {

    static final int MAX_TEXT = 2000;

    Feedback {
        ratings = Map.copyOf(ratings);
    }

    /** How the interview went, as the graduate may read it: go on, or one of the pipeline's fixed reasons. */
    enum Outcome { ADVANCE, SKILLS_GAP, LANGUAGE, AVAILABILITY, POSITION_FILLED, OTHER }
}
