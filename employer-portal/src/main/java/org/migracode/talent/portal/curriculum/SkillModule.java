package org.migracode.talent.portal.curriculum;

/** One row of the mapping: a taxonomy skill, its label in the reader's language, and what teaches it. */
public record SkillModule(String skillId, String label, String module) {
}
