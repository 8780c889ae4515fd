package org.migracode.talent.portal.interviews;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * The iCalendar invitation of an interview (RFC 5545/5546, written by biweekly): METHOD:REQUEST
 * with the booked slot, or METHOD:CANCEL once cancelled. The UID stays the same for the
 * interview's whole life and SEQUENCE grows with each reschedule and the cancel, so a calendar
 * replaces what it had. Times are written in UTC. One file per recipient, naming only that
 * recipient as attendee: an invitation never carries another person's address.
 */
final class InterviewCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=";

    private InterviewCalendar() {
    }

    /**
     * @param slot the booked slot (for a cancel: the slot that was booked, or the first offered)
     * @param organizer the school's sending address
     * @param attendee the recipient's address (null: none named)
     */
    static byte[] write(Interview interview, Interview.Slot slot, boolean cancel, String summary, String description,
            String organizerName, String organizer, String attendee) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Migracode Talent//Interviews//EN");
        ical.setMethod(cancel ? Method.cancel() : Method.request());
        VEvent event = new VEvent();
        event.setUid(interview.uid());
        event.setSequence(interview.sequence());
        event.setDateStart(Date.from(slot.start()), true);
        event.setDateEnd(Date.from(slot.end()), true);
        event.setSummary(summary);
        event.setDescription(description);
        event.setLocation(slot.place());
        event.setStatus(cancel ? Status.cancelled() : Status.confirmed());
        event.setOrganizer(new Organizer(organizerName, organizer));
        if (attendee != null) {
            event.addAttendee(new Attendee(null, attendee));
        }
        ical.addEvent(event);
        return Biweekly.write(ical).go().getBytes(StandardCharsets.UTF_8);
    }

    static String contentType(boolean cancel) {
        return CONTENT_TYPE + (cancel ? "CANCEL" : "REQUEST");
    }
}
