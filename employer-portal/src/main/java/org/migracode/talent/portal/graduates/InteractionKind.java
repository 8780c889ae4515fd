package org.migracode.talent.portal.graduates;

/** What kind of contact a coach logs with a graduate. */
enum InteractionKind {
    CALL, MEETING, WORKSHOP, NOTE
}
