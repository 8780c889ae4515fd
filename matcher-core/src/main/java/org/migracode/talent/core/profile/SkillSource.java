package org.migracode.talent.core.profile;

/**
 * Why a graduate is said to have a skill: declared by them, evidenced by a portfolio project,
 * taught in a curriculum module they completed, or only mentioned in their own words (a CV's text,
 * a summary) without being declared — the weakest evidence, never stored as a declaration.
 */
public enum SkillSource {
    DECLARED, PORTFOLIO, CURRICULUM, MENTIONED
}
