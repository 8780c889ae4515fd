package org.migracode.talent.core.profile;

/**
 * Why a graduate is said to have a skill: declared by them, evidenced by a portfolio project,
 * or taught in a curriculum module they completed.
 */
public enum SkillSource {
    DECLARED, PORTFOLIO, CURRICULUM
}
