package org.migracode.talent.core.profile;

/**
 * Why a graduate is said to have a skill: declared by them, evidenced by a portfolio project,
 * taught in a curriculum module they completed, or only mentioned in their own words (a CV's text,
 * a summary) without being declared — the weakest evidence, never stored as a declaration.
 * {@link #CV} is a skill the graduate confirmed from their uploaded CV or LinkedIn export: their own
 * declaration, which remembers where it came from (scored as {@link #DECLARED}).
 */
public enum SkillSource {
    DECLARED, PORTFOLIO, CURRICULUM, MENTIONED, CV
}
