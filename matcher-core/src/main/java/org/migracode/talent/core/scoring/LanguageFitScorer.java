package org.migracode.talent.core.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.LanguageLevel;
import org.migracode.talent.core.profile.LanguageRequirement;

/**
 * LANGUAGES: the mean over required languages of a CEFR-distance value: meets or exceeds = 1,
 * one step below = 0.5, two steps below = 0.2, three or more below or not stated = 0. A graduate
 * stating a language twice counts with the higher level. No required language: 1 (nothing asked,
 * nothing missing). Range [0, 1]; cost O(languages).
 */
final class LanguageFitScorer {

    private static final double[] BY_STEPS_BELOW = {1.0, 0.5, 0.2};

    private LanguageFitScorer() {
    }

    static double value(List<LanguageRequirement> required, List<LanguageLevel> spoken, List<LanguageFit> out) {
        if (required.isEmpty()) {
            return 1.0;
        }
        Map<String, Cefr> best = new HashMap<>();
        for (LanguageLevel l : spoken) {
            best.merge(l.isoCode(), l.level(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        double sum = 0;
        for (LanguageRequirement r : required) {
            Cefr actual = best.get(r.isoCode());
            double v = fit(r.level(), actual);
            sum += v;
            if (out != null) {
                out.add(new LanguageFit(r.isoCode(), r.level(), actual, v));
            }
        }
        return sum / required.size();
    }

    static double fit(Cefr required, Cefr actual) {
        if (actual == null) {
            return 0.0;
        }
        int steps = actual.stepsBelow(required);
        return steps < BY_STEPS_BELOW.length ? BY_STEPS_BELOW[steps] : 0.0;
    }
}
