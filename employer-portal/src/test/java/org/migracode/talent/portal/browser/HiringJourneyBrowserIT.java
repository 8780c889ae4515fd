package org.migracode.talent.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.portal.mail.EmbeddedSmtpServer;
import org.migracode.talent.portal.mail.ReceivedMail;
import org.migracode.talent.portal.school.ShownTimes;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #17's main path in one journey, in real browsers, with every e-mail read from the real
 * (in-process GreenMail) SMTP server the portal delivers to: a coach proposes a graduate for a
 * listing; the recruiter gets an e-mail (subject, an absolute link that opens the proposal, the
 * graduate's name but not their contact details); the recruiter marks interest; the coach is told
 * by e-mail; the graduate, who reads the portal and their mail in Spanish, accepts; the recruiter
 * now sees the contact details, offers two interview slots; the graduate books the second; both
 * get an e-mail with an iCalendar invitation for exactly that time (parsed with biweekly), each
 * naming only its recipient; the recruiter moves the card on the listing's pipeline to Hired.
 *
 * <p>About "the coach confirms": a coach's own proposal counts as confirmed by that coach
 * (docs/proposals.md), so after the recruiter's interest the coach is told and has nothing left
 * to confirm; the page offers no confirmation. A recruiter's own request is what waits for a
 * coach's confirmation: the second test follows that path (request mailed to the coach, confirmed
 * from the mail's link, only then the graduate's mail, in Catalan).
 *
 * <p>Same application context as the other browser tests (RANDOM_PORT with their properties), so
 * it boots nothing new.
 */
class HiringJourneyBrowserIT extends BrowserTestBase {

    static final Duration MAIL = Duration.ofSeconds(30);
    static final Pattern OPEN_LINK = Pattern.compile("(https?://\\S+)/notifications/([0-9a-f-]{36})/open");

    @Autowired
    ShownTimes times;

    @Autowired
    EmbeddedSmtpServer smtp;

    @Test
    void aCoachsProposalBecomesAHireWithEveryMailAndInvitationOnTheWay() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID company = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        String recruiterMail = address("recruiter");
        String recruiter2Mail = address("recruiter2");
        String coachMail = address("coach");
        String title = "Journey Frontend Developer " + suffix;
        UUID listing = openListing(company, title);
        Graduate g = newGraduate(suffix, "es");

        // --- 1. the coach proposes the graduate ------------------------------------------------
        String id;
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go("/proposals/new?graduate=" + g.id);
            new Select(coach.waitFor(By.id("listingId"))).selectByValue(listing.toString());
            coach.driver.findElement(By.id("note")).sendKeys("Strong React portfolio, starts in January.");
            coach.submit(By.cssSelector("form[action='/proposals'] button[type=submit]"));
            id = coach.await(d -> {
                Matcher m = Pattern.compile("/proposals/([0-9a-f-]{36})").matcher(d.getCurrentUrl());
                return m.find() ? m.group(1) : null;
            });
            assertThat(coach.awaitText(By.tagName("main"), g.name)).contains(title);
        }
        UUID proposal = UUID.fromString(id);

        // --- 2. the recruiter's e-mail: subject, a working link, no more than the recruiter may see ---
        MimeMessage proposed = ReceivedMail.await(smtp::messages, recruiterMail, "New proposal for " + title, MAIL);
        String proposedText = ReceivedMail.text(proposed);
        assertThat(proposedText).contains(g.name).contains(title).contains("Carla Coach")
                .as("contact details only after the graduate accepts").doesNotContain(g.email).doesNotContain(g.phone)
                .contains("/unsubscribe/");
        Matcher link = OPEN_LINK.matcher(proposedText);
        assertThat(link.find()).as("an absolute link to the notification: %s", proposedText).isTrue();
        assertThat(link.group(1)).isEqualTo("http://localhost:" + port);
        assertThat(ReceivedMail.to(smtp::messages, recruiter2Mail, title)).as("another company hears nothing").isEmpty();
        assertThat(ReceivedMail.to(smtp::messages, recruiterMail, title)).as("one mail, not two").hasSize(1);

        // the graduate is told too, in their language
        MimeMessage reached = ReceivedMail.await(smtp::messages, g.email, title, MAIL);
        assertThat(ReceivedMail.subject(reached)).isEqualTo("Te han propuesto para " + title);
        assertThat(reached.getHeader("Content-Language")[0]).isEqualTo("es");

        // --- 3. the recruiter follows the mail's link and marks interest ---------------------------
        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.driver.get(link.group());
            recruiter.await(d -> d.getCurrentUrl().contains("/proposals/" + id));
            String page = recruiter.awaitText(By.tagName("main"), g.name);
            assertThat(page).contains("Strong React portfolio").doesNotContain(g.email).doesNotContain(g.phone);
            recruiter.submit(By.cssSelector("button[data-to='EMPLOYER_INTERESTED']"));
            recruiter.go("/proposals/" + id);
            recruiter.awaitText(By.cssSelector("ol.timeline"), "The employer is interested");
        }
        assertThat(stage(proposal)).isEqualTo("EMPLOYER_INTERESTED");

        // --- 4. the coach is told by e-mail; their own proposal needs no confirmation ----------------
        MimeMessage interested = ReceivedMail.await(smtp::messages, coachMail, "is interested", MAIL);
        assertThat(ReceivedMail.text(interested)).contains(g.name).contains(title);
        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.go("/proposals/" + id);
            coach.awaitText(By.cssSelector("ol.timeline"), "The employer is interested");
            assertThat(coach.driver.findElements(By.cssSelector("form[action$='/confirm']"))).as("nothing to confirm").isEmpty();
        }

        // --- 5. the graduate accepts, on their page in Spanish -------------------------------------
        try (Browser graduate = open()) {
            graduate.signIn(g.username, g.password);
            graduate.go("/me/proposals?lang=es");
            assertThat(graduate.awaitText(By.tagName("h1"), "Mis propuestas")).isEqualTo("Mis propuestas");
            assertThat(graduate.awaitText(By.id("p-" + id), title)).contains("Si aceptas, la empresa ve tu correo y tu teléfono.");
            graduate.submit(By.cssSelector("#p-" + id + " button.accept"));
            assertThat(graduate.awaitText(By.id("p-" + id), "Aceptada por la persona")).doesNotContain("Si aceptas");
            graduate.screenshot("70-journey-graduate-accepted-es");
        }
        assertThat(jdbc.queryForObject("select graduate_response from proposal where id = ?", String.class, proposal))
                .isEqualTo("ACCEPTED");
        ReceivedMail.await(smtp::messages, recruiterMail, "Proposal accepted: " + title, MAIL);
        ReceivedMail.await(smtp::messages, coachMail, "Proposal accepted: " + title, MAIL);

        // --- 6. the recruiter sees the contact details now and offers two times --------------------
        LocalDateTime first = LocalDateTime.now(times.zone()).plusDays(5).withHour(10).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime second = LocalDateTime.now(times.zone()).plusDays(6).withHour(16).withMinute(30).truncatedTo(ChronoUnit.MINUTES);
        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/proposals/" + id);
            assertThat(recruiter.awaitText(By.tagName("main"), g.email)).contains(g.phone);
            recruiter.go("/proposals/" + id + "/interview");
            offerSlot(recruiter, 0, first, 45, "Carrer de Pujades 1, Barcelona");
            offerSlot(recruiter, 1, second, 60, "https://meet.example.org/journey-" + suffix);
            recruiter.submit(By.cssSelector("form.offer button[type=submit]"));
            recruiter.awaitText(By.tagName("main"), "The times were sent to the graduate.");
        }

        // --- 7. the graduate books the second time, in Spanish --------------------------------------
        try (Browser graduate = open()) {
            graduate.signIn(g.username, g.password);
            graduate.go("/proposals/" + id + "/interview?lang=es");
            graduate.click(By.cssSelector("label[for='slot-1']"));
            assertThat(graduate.driver.findElement(By.cssSelector("form.pick button[type=submit]")).getText())
                    .isEqualTo("Reservar este horario");
            graduate.submit(By.cssSelector("form.pick button[type=submit]"));
            assertThat(graduate.awaitText(By.tagName("main"), "La entrevista está reservada."))
                    .contains("https://meet.example.org/journey-" + suffix);
            graduate.screenshot("71-journey-interview-booked-es");
        }

        // --- 8. both get the invitation for exactly that time -----------------------------------------
        Instant start = second.atZone(times.zone()).toInstant();
        MimeMessage toGraduate = ReceivedMail.await(smtp::messages, invitation(g.email, title), MAIL, "an invitation to " + g.email);
        assertThat(ReceivedMail.subject(toGraduate)).as("the graduate's invitation in their language")
                .isEqualTo("Entrevista reservada: " + title);
        assertInvitation(toGraduate, g.email, start, 60, "https://meet.example.org/journey-" + suffix);
        MimeMessage toRecruiter = ReceivedMail.await(smtp::messages, invitation(recruiterMail, title), MAIL, "an invitation to the recruiter");
        assertThat(ReceivedMail.subject(toRecruiter)).isEqualTo("Interview booked: " + title);
        assertThat(ReceivedMail.text(toRecruiter)).doesNotContain(g.phone);
        assertInvitation(toRecruiter, recruiterMail, start, 60, "https://meet.example.org/journey-" + suffix);
        assertThat(ReceivedMail.to(smtp::messages, recruiter2Mail, title)).as("another company hears nothing").isEmpty();

        // --- 9. the recruiter moves the card to Hired on the listing's pipeline --------------------
        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/listings/" + listing + "/pipeline");
            for (String step : List.of("INTERVIEWING", "OFFER", "HIRED")) {
                recruiter.submit(By.cssSelector("#card-" + id + " button[data-to='" + step + "']"));
                recruiter.await(d -> step.equals(d.findElement(By.cssSelector("[data-column]:has(#card-" + id + ")"))
                        .getAttribute("data-column")));
            }
            recruiter.screenshot("72-journey-hired");
        }
        assertThat(stage(proposal)).isEqualTo("HIRED");
        assertThat(jdbc.queryForList("select to_stage from proposal_transition where proposal_id = ? order by at, id", String.class, proposal))
                .containsExactly("PROPOSED", "EMPLOYER_INTERESTED", "INTERVIEWING", "OFFER", "HIRED");
    }

    /**
     * The other way a proposal starts: the recruiter marks interest, every coach is mailed to
     * confirm, a coach follows the mail's link and confirms, and only then the graduate hears of it
     * (by mail in Catalan, their language) and the recruiter is told it was confirmed.
     */
    @Test
    void aRecruitersInterestReachesTheGraduateOnlyOnceACoachConfirmsIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID company = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        String title = "Journey Data Analyst " + suffix;
        UUID listing = openListing(company, title);
        Graduate g = newGraduate(suffix, "ca");

        String id;
        try (Browser recruiter = open()) {
            recruiter.signIn("recruiter", "recruiter-demo");
            recruiter.go("/proposals/new?graduate=" + g.id);
            new Select(recruiter.waitFor(By.id("listingId"))).selectByValue(listing.toString());
            recruiter.submit(By.cssSelector("form[action='/proposals'] button[type=submit]"));
            id = recruiter.await(d -> {
                Matcher m = Pattern.compile("/proposals/([0-9a-f-]{36})").matcher(d.getCurrentUrl());
                return m.find() ? m.group(1) : null;
            });
        }

        // the coach is mailed to confirm; the graduate hears nothing yet
        MimeMessage request = ReceivedMail.await(smtp::messages, ReceivedMail.to(address("coach"))
                .and(m -> ReceivedMail.subject(m).contains("asks about a graduate")).and(m -> ReceivedMail.text(m).contains(title)),
                MAIL, "the coach's request to confirm");
        assertThat(ReceivedMail.text(request)).contains(g.name).contains("Confirm it");
        assertThat(ReceivedMail.to(smtp::messages, g.email, title)).as("not before a coach confirms").isEmpty();
        Matcher link = OPEN_LINK.matcher(ReceivedMail.text(request));
        assertThat(link.find()).isTrue();

        try (Browser coach = open()) {
            coach.signIn("coach", "coach-demo");
            coach.driver.get(link.group());
            coach.await(d -> d.getCurrentUrl().contains("/proposals/" + id));
            coach.submit(By.cssSelector("form[action$='/confirm'] button[type=submit]"));
            coach.go("/proposals/" + id);
            coach.awaitText(By.cssSelector("ol.timeline"), "A coach confirmed the interest");
        }

        MimeMessage reached = ReceivedMail.await(smtp::messages, g.email, title, MAIL);
        assertThat(ReceivedMail.subject(reached)).isEqualTo("T'han proposat per a " + title);
        assertThat(reached.getHeader("Content-Language")[0]).isEqualTo("ca");
        ReceivedMail.await(smtp::messages, address("recruiter"), "Interest confirmed: " + title, MAIL);
        try (Browser graduate = open()) {
            graduate.signIn(g.username, g.password);
            graduate.go("/me/proposals?lang=ca");
            assertThat(graduate.awaitText(By.tagName("h1"), "Les meves propostes")).isEqualTo("Les meves propostes");
            assertThat(graduate.awaitText(By.id("p-" + id), title)).contains("Accepta");
        }
    }

    // --- helpers --------------------------------------------------------------------------------

    record Graduate(UUID id, String name, String email, String phone, String username, String password) {
    }

    /** A consenting graduate with an account and a password, whose mails are in {@code language}. */
    private Graduate newGraduate(String suffix, String language) {
        String name = "Journey Graduate " + suffix;
        String email = "journey-" + suffix + "@example.org";
        String phone = "+34 611 " + suffix.substring(0, 3).replaceAll("[^0-9]", "7") + " 123";
        UUID id = tx.execute(s -> {
            GraduateProfile p = new GraduateProfile(UUID.randomUUID(), name);
            p.setVisibleToEmployers(true);
            p.setActive(true);
            p.setEmail(email);
            p.setPhone(phone);
            p.setCity("Barcelona");
            return graduates.save(p).getId();
        });
        String username = "journey-" + suffix;
        String password = "journey-" + suffix + "-pw";
        UUID account = UUID.randomUUID();
        jdbc.update("insert into user_account (id, username, display_name, email, password_hash, role, graduate_id) "
                + "values (?, ?, ?, ?, ?, 'GRADUATE', ?)", account, username, name, email, passwords.encode(password), id);
        jdbc.update("insert into notification_preference (account_id, email_mode, locale, unsubscribe_token) "
                + "values (?, 'IMMEDIATELY', ?, ?)", account, language, "journey-token-" + UUID.randomUUID());
        return new Graduate(id, name, email, phone, username, password);
    }

    private UUID openListing(UUID company, String title) {
        return tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), company, ListingType.JOB, title);
            l.setDescription("React, JavaScript and CSS for our customer portal.");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2)));
            l.open();
            return listings.save(l).getId();
        });
    }

    private String address(String username) {
        return jdbc.queryForObject("select email from user_account where username = ?", String.class, username);
    }

    private String stage(UUID proposal) {
        return jdbc.queryForObject("select stage from proposal where id = ?", String.class, proposal);
    }

    private static void offerSlot(Browser b, int n, LocalDateTime start, int minutes, String place) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].value = arguments[1]", b.waitFor(By.id("start" + n)),
                start.toString());
        var length = b.driver.findElement(By.id("minutes" + n));
        length.clear();
        length.sendKeys(Integer.toString(minutes));
        b.driver.findElement(By.id("place" + n)).sendKeys(place);
    }

    /** The mail's .ics: a REQUEST for exactly {@code start}..+{@code minutes} at {@code place}, naming only {@code attendee}. */
    private static void assertInvitation(MimeMessage mail, String attendee, Instant start, int minutes, String place) {
        assertThat(ReceivedMail.attachmentType(mail, "interview.ics")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/calendar").contains("method=REQUEST"));
        byte[] file = ReceivedMail.attachment(mail, "interview.ics").orElseThrow();
        ICalendar ical = Biweekly.parse(new String(file, StandardCharsets.UTF_8)).first();
        assertThat(ical).as("a calendar file").isNotNull();
        assertThat(ical.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(ical.getEvents()).hasSize(1);
        VEvent event = ical.getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start);
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(minutes)));
        assertThat(event.getLocation().getValue()).isEqualTo(place);
        assertThat(event.getAttendees().stream().map(Attendee::getEmail)).containsExactly(attendee);
        // no other person's address anywhere in the file: only the recipient's and the school's sending address
        String organizer = event.getOrganizer().getEmail();
        Matcher addresses = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+").matcher(new String(file, StandardCharsets.UTF_8));
        while (addresses.find()) {
            assertThat(addresses.group()).isIn(attendee, organizer);
        }
        assertThat(organizer).isNotEqualTo(attendee);
    }

    /** A mail to {@code address} about {@code title} with an invitation attached. */
    private static Predicate<MimeMessage> invitation(String address, String title) {
        return ReceivedMail.to(address).and(m -> ReceivedMail.subject(m).contains(title))
                .and(m -> ReceivedMail.attachment(m, "interview.ics").isPresent());
    }
}
