package org.migracode.talent.portal.interviews;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.proposals.Proposal;
import org.migracode.talent.portal.mail.Mail;
import org.migracode.talent.portal.mail.Mailer;
import org.migracode.talent.portal.notifications.MailLanguages;
import org.migracode.talent.portal.notifications.Notice;
import org.migracode.talent.portal.notifications.Notifier;
import org.migracode.talent.portal.notifications.Recipients;
import org.migracode.talent.portal.school.SchoolSettings;
import org.migracode.talent.portal.school.ShownTimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What both sides of an interview are told when it is booked, moved or cancelled: in-app
 * notifications, and e-mails in each recipient's mail language ({@link MailLanguages}) with the iCalendar invitation attached
 * (the school's mail sender as organizer). Written in the caller's transaction (the outbox).
 */
@Component
class InterviewInvitations {

    private final GraduateRepository graduates;
    private final ListingRepository listings;
    private final CompanyRepository companies;
    private final UserAccountRepository accounts;
    private final Mailer mailer;
    private final Notifier notifier;
    private final ShownTimes times;
    private final SchoolSettings school;
    private final MessageSource messages;
    private final MailLanguages languages;
    private final InternetAddress organizer;

    InterviewInvitations(GraduateRepository graduates, ListingRepository listings, CompanyRepository companies,
            UserAccountRepository accounts, Mailer mailer, Notifier notifier, ShownTimes times, SchoolSettings school,
            MessageSource messages, MailLanguages languages, @Value("${talent.mail.from:Migracode Talent <no-reply@talent.localhost>}") String from) {
        this.graduates = graduates;
        this.listings = listings;
        this.companies = companies;
        this.accounts = accounts;
        this.mailer = mailer;
        this.notifier = notifier;
        this.times = times;
        this.school = school;
        this.messages = messages;
        this.languages = languages;
        this.organizer = address(from);
    }

    /**
     * Notifications and e-mails (with the .ics) to the graduate and the company's active recruiters,
     * each mail and its invitation in the recipient's mail language.
     * {@code baseUrl} makes the mail's link absolute ({@code MailLinks}).
     */
    void tellBothSides(Proposal p, Interview interview, String kind, String baseUrl) {
        Listing listing = listings.findById(p.getListingId()).orElseThrow();
        Locale locale = school.defaultLocale();
        Interview.Slot slot = interview.booked() != null ? interview.booked() : interview.slots().get(interview.chosenSlot());
        String when = times.in(locale).dateTime(slot.start()) + " (" + times.zone().getId() + ")";
        Map<String, String> args = new LinkedHashMap<>();
        args.put("listing", listing.getTitle());
        args.put("company", companyName(p.getCompanyId()));
        args.put("when", when);
        String link = "/proposals/" + p.getId() + "/interview";
        notifier.notify(new Notice(new Recipients.Graduate(p.getGraduateId()), kind, link, args));
        notifier.notify(new Notice(new Recipients.CompanyRecruiters(p.getCompanyId()), kind, link, args));
        // each recipient reads the mail and the invitation in their own mail language (issue #17)
        Map<String, Locale> to = new LinkedHashMap<>();
        graduates.findById(p.getGraduateId()).map(GraduateProfile::getEmail).filter(e -> e != null && !e.isBlank())
                .ifPresent(e -> to.putIfAbsent(e, languages.ofGraduate(p.getGraduateId())));
        accounts.findByCompanyId(p.getCompanyId()).stream().filter(a -> a.getRole() == Role.RECRUITER && a.isEnabled())
                .filter(a -> a.getEmail() != null && !a.getEmail().isBlank())
                .forEach(a -> to.putIfAbsent(a.getEmail(), languages.ofAccount(a.getId())));
        String key = "interview.mail." + kind.substring("interview.".length());
        for (Map.Entry<String, Locale> recipient : to.entrySet()) {
            Locale language = recipient.getValue();
            String shown = times.in(language).dateTime(slot.start()) + " (" + times.zone().getId() + ")";
            Object[] words = {listing.getTitle(), args.get("company"), shown, slot.place(), baseUrl + link};
            mailer.send(new Mail(recipient.getKey(), language, messages.getMessage(key + ".subject", words, language),
                    messages.getMessage(key + ".text", words, language), kind, invitation(p, interview, language, recipient.getKey())));
        }
    }

    /** The calendar file for {@code attendee}: REQUEST while booked, CANCEL once cancelled. */
    Mail.Attachment invitation(Proposal p, Interview interview, Locale locale, String attendee) {
        boolean cancel = interview.state() == Interview.State.CANCELLED;
        Interview.Slot slot = interview.booked() != null ? interview.booked()
                : interview.chosenSlot() != null ? interview.slots().get(interview.chosenSlot()) : interview.slots().get(0);
        Listing listing = listings.findById(p.getListingId()).orElseThrow();
        String summary = messages.getMessage("interview.ics.summary", new Object[] {listing.getTitle(), companyName(p.getCompanyId())}, locale);
        String organizerName = organizer.getPersonal() == null ? school.name() : organizer.getPersonal();
        byte[] ics = InterviewCalendar.write(interview, slot, cancel, summary, summary, organizerName, organizer.getAddress(), attendee);
        return new Mail.Attachment("interview.ics", InterviewCalendar.contentType(cancel), ics);
    }

    String companyName(UUID companyId) {
        return companies.findById(companyId).map(Company::getName).orElse("");
    }

    private static InternetAddress address(String from) {
        try {
            return new InternetAddress(from, false);
        } catch (AddressException e) {
            try {
                return new InternetAddress("no-reply@talent.localhost");
            } catch (AddressException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
