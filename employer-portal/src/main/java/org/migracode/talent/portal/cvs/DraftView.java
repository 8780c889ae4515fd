package org.migracode.talent.portal.cvs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A draft as its reviewer sees it: each suggestion with its position, which the confirmation
 * names to accept it. {@code accepted} is {@code null} while the draft is open.
 */
record DraftView(UUID id, UUID graduateId, String origin, String fileName, String mediaType, Instant createdAt, String status,
                 Headline headline, List<Skill> skills, List<Language> languages, List<Project> projects) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public boolean empty() {
        return headline == null && skills.isEmpty() && languages.isEmpty() && projects.isEmpty();
    }

    record Headline(int position, String text, Boolean accepted) {
    }

    /** @param sentence the sentence of the document the skill was found in */
    record Skill(int position, String skill, String label, String sentence, Boolean accepted) {
    }

    record Language(int position, String code, String name, String level, Boolean accepted) {
    }

    record Project(int position, String title, String url, String line, List<String> technologies, Boolean accepted) {
    }

    /** One line of a graduate's list of drafts. */
    record Summary(UUID id, String origin, String fileName, Instant createdAt, String status, int suggestions) {
    }

    /** A kept original file (never its content). */
    record StoredFile(UUID id, String fileName, String mediaType, int sizeBytes, Instant storedAt) {
    }
}
