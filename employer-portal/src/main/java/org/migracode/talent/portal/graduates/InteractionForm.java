package org.migracode.talent.portal.graduates;

/** The interaction form as posted (all text; checked by {@link GraduateFileService#addInteraction}). */
record InteractionForm(String kind, String happenedOn, String note) {

    static InteractionForm empty(String today) {
        return new InteractionForm("CALL", today, "");
    }
}
