package org.migracode.talent.core.scoring;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migracode.talent.core.extraction.SkillExtractor;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.PortfolioProject;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

/**
 * What a graduate can show for each skill, and the credit it earns against a requirement.
 *
 * <p>Evidence per skill is the best of: declared skills (DIRECT, their level), skills with source
 * PORTFOLIO or CURRICULUM (that kind, their level), and skills used in or mentioned by a portfolio
 * project (PORTFOLIO, level {@value #PORTFOLIO_LEVEL}). Higher level wins; at equal level the
 * earlier {@link MatchKind}.
 *
 * <p>Credit of a requirement (skill r, minimum level m): direct evidence at level L gives
 * {@code min(1, L/m)}; evidence for a skill s that implies r gives {@value #IMPLIED_CREDIT}
 * {@code × min(1, L/m)}; the larger counts (at equal credit: the higher level, then the smaller id
 * names the implying skill). Everything is a maximum, so more evidence never lowers
 * a credit and the order of the input does not matter.
 *
 * <p>Cost: building is O(skills + project text); a credit is O(evidence) set lookups.
 */
final class SkillEvidence {

    static final double IMPLIED_CREDIT = 0.6;
    static final int PORTFOLIO_LEVEL = 3;

    record Evidence(int level, MatchKind kind) {
        boolean beats(Evidence other) {
            return other == null || level > other.level || (level == other.level && kind.ordinal() < other.kind.ordinal());
        }
    }

    /** The best credit for a requirement, with how it was earned; credit 0 means missing. */
    record Credit(double credit, SkillId via, MatchKind kind, int level) {
        static final Credit NONE = new Credit(0, null, null, 0);
    }

    private final SkillTaxonomy taxonomy;
    private final Map<SkillId, Evidence> evidence = new TreeMap<>();
    private final Set<SkillId> projectSkills = new TreeSet<>();

    SkillEvidence(CandidateProfile candidate, SkillTaxonomy taxonomy, SkillExtractor extractor) {
        this.taxonomy = taxonomy;
        for (CandidateSkill s : candidate.skills()) {
            MatchKind kind = switch (s.source()) {
                case DECLARED, CV -> MatchKind.DIRECT;
                case PORTFOLIO -> MatchKind.PORTFOLIO;
                case CURRICULUM -> MatchKind.CURRICULUM;
                case MENTIONED -> MatchKind.MENTIONED;
            };
            add(s.skill(), new Evidence(s.level(), kind));
        }
        for (PortfolioProject p : candidate.projects()) {
            projectSkills.addAll(p.technologies());
            projectSkills.addAll(extractor.distinctSkills(p.text()));
        }
        for (SkillId s : projectSkills) {
            add(s, new Evidence(PORTFOLIO_LEVEL, MatchKind.PORTFOLIO));
        }
    }

    private void add(SkillId skill, Evidence e) {
        Evidence old = evidence.get(skill);
        if (e.beats(old)) {
            evidence.put(skill, e);
        }
    }

    /** Credit in [0, 1] for skill {@code required} at minimum level {@code minLevel}. */
    Credit credit(SkillId required, int minLevel) {
        Credit best = Credit.NONE;
        Evidence direct = evidence.get(required);
        if (direct != null) {
            best = new Credit(Math.min(1.0, (double) direct.level() / minLevel), required, direct.kind(), direct.level());
        }
        if (best.credit() >= 1.0) {
            return best;
        }
        for (Map.Entry<SkillId, Evidence> e : evidence.entrySet()) {
            if (taxonomy.impliedBy(e.getKey()).contains(required)) {
                int level = e.getValue().level();
                double c = IMPLIED_CREDIT * Math.min(1.0, (double) level / minLevel);
                if (c > best.credit() || (c == best.credit() && best.kind() == MatchKind.IMPLIED && level > best.level())) {
                    best = new Credit(c, e.getKey(), MatchKind.IMPLIED, level);
                }
            }
        }
        return best;
    }

    /** 1 when a project used or mentions the skill, {@value #IMPLIED_CREDIT} when one implies it, else 0. */
    double portfolioEvidence(SkillId skill) {
        if (projectSkills.contains(skill)) {
            return 1.0;
        }
        for (SkillId s : projectSkills) {
            if (taxonomy.impliedBy(s).contains(skill)) {
                return IMPLIED_CREDIT;
            }
        }
        return 0.0;
    }
}
