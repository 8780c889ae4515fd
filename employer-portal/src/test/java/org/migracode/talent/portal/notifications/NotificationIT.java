package org.migracode.talent.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.portal.mail.EmbeddedSmtpServer;
import org.migracode.talent.portal.proposals.ProposalReminders;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications end to end on the whole portal (real PostgreSQL, demo data, real access tokens,
 * the in-process SMTP server): proposal events write rows for the right accounts only, in the
 * recipient's language, never naming a graduate the company may not see; the bell counts them on a
 * page; marking read; nobody reads or marks another account's (404); an immediate mail arrives at
 * the SMTP server with an absolute link and an unsubscribe link that works without sign-in (GET
 * changes nothing, POST switches off); the daily digest sends once; a waiting proposal reminds its
 * coach once.
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class NotificationIT extends MvcTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ListingRepository listings;

    @Autowired
    GraduateRepository graduates;

    @Autowired
    EmbeddedSmtpServer smtp;

    @Autowired
    Notifier notifier;

    @Autowired
    DailyDigest digest;

    @Autowired
    ProposalReminders reminders;

    UUID companyA;
    UUID recruiter;
    UUID recruiter2;
    UUID coach;

    @BeforeEach
    void fixtures() {
        companyA = jdbc.queryForObject("select company_id from user_account where username = 'recruiter'", UUID.class);
        recruiter = account("recruiter");
        recruiter2 = account("recruiter2");
        coach = account("coach");
    }

    // --- events → rows ------------------------------------------------------------------------

    @Test
    void aProposalTellsTheRightAccountsOnlyAndTheGraduateInTheirLanguage() throws Exception {
        Graduate g = newGraduate("es");
        UUID listing = openListing(companyA, "Frontend trainee " + g.suffix);
        JsonNode created = api(post("/api/v1/proposals"), "coach", Map.of("graduateId", g.graduateId, "listingId", listing), 201);
        String proposal = created.get("id").asString();

        List<UUID> recruitersOfA = jdbc.queryForList("select id from user_account where role = 'RECRUITER' and company_id = ? and enabled",
                UUID.class, companyA);
        assertThat(recipients(proposal, "proposal.proposed")).containsExactlyInAnyOrderElementsOf(recruitersOfA).doesNotContain(recruiter2);
        assertThat(recipients("/me/proposals", "proposal.reached", g.accountId)).containsExactly(g.accountId);
        assertThat(jdbc.queryForObject("select count(*) from notification where account_id in (?, ?) and link = ?", Integer.class,
                coach, recruiter2, "/proposals/" + proposal)).as("the coach proposed it; company B has nothing to do with it").isZero();
        Map<String, Object> toRecruiter = row(recruiter, "/proposals/" + proposal);
        assertThat((String) toRecruiter.get("args")).contains(g.name).contains("Carla Coach").contains("Frontend trainee");

        // the recruiter marks interest: the coach is told; the recruiter is not told of their own move
        long version = created.get("version").asLong();
        JsonNode interested = api(post("/api/v1/proposals/" + proposal + "/transitions"), "recruiter",
                Map.of("to", "EMPLOYER_INTERESTED", "version", version), 200);
        assertThat(recipients(proposal, "proposal.interested")).containsExactly(coach);

        // the graduate accepts: recruiters and coach
        api(post("/api/v1/proposals/" + proposal + "/accept"), g.username, Map.of("version", interested.get("version").asLong()), 200);
        assertThat(recipients(proposal, "proposal.accepted")).containsExactlyInAnyOrderElementsOf(
                concat(recruitersOfA, List.of(coach)));

        // their mail is in their language (Spanish); pages and the API speak the page's language
        Map<String, Object> mail = jdbc.queryForMap("select locale, subject from mail_outbox where recipient = ?", g.email);
        assertThat(mail.get("locale")).isEqualTo("es");
        assertThat(mail.get("subject")).isEqualTo("Te han propuesto para Frontend trainee " + g.suffix);
        MvcResult page = mvc.perform(get("/notifications").param("lang", "es").with(tokens.bearer(g.username))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = page.getResponse().getContentAsString();
        assertThat(html).contains("Te han propuesto para Frontend trainee " + g.suffix).contains("Notificaciones");
        JsonNode mine = api(get("/api/v1/notifications").param("lang", "ca"), g.username, null, 200);
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("title").asString()).isEqualTo("T'han proposat per a Frontend trainee " + g.suffix);
    }

    @Test
    void aRecruiterIsNeverToldTheNameOfAGraduateTheCompanyMayNoLongerSee() throws Exception {
        // hidden, then declining: the coach reads the name, the company does not
        Graduate hides = newGraduate("en");
        String first = propose(hides, openListing(companyA, "Backend trainee " + hides.suffix));
        jdbc.update("update graduate_profile set visible_to_employers = false where id = ?", hides.graduateId);
        long version = jdbc.queryForObject("select version from proposal where id = ?::uuid", Long.class, first);
        api(post("/api/v1/proposals/" + first + "/decline"), hides.username, Map.of("version", version), 200);
        assertThat((String) row(recruiter, "/proposals/" + first, "proposal.declined").get("args")).doesNotContain(hides.name);
        assertThat((String) row(coach, "/proposals/" + first, "proposal.declined").get("args")).contains(hides.name);
        JsonNode declined = item(api(get("/api/v1/notifications").param("size", "100").param("lang", "en"), "recruiter", null, 200),
                "/proposals/" + first, "proposal.declined");
        assertThat(declined.get("text").asString()).endsWith("was declined by a graduate.").doesNotContain(hides.name);

        // blocking the company withdraws its proposals: the company is told without the name
        Graduate blocks = newGraduate("en");
        String second = propose(blocks, openListing(companyA, "QA trainee " + blocks.suffix));
        mvc.perform(put("/api/v1/me/blocked-companies/" + companyA).with(tokens.bearer(blocks.username))).andReturn();
        assertThat(jdbc.queryForObject("select stage from proposal where id = ?::uuid", String.class, second))
                .isEqualTo("WITHDRAWN_BY_GRADUATE");
        Map<String, Object> told = row(recruiter, "/proposals/" + second, "proposal.declined");
        assertThat((String) told.get("args")).doesNotContain(blocks.name);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and body like ? and subject like ?",
                Integer.class, "recruiter@demo.migracode.example", "%" + blocks.name + "%", "Proposal declined%"))
                .as("nor does the mail").isZero();
        assertThat((String) row(recruiter, "/proposals/" + second, "proposal.proposed").get("args"))
                .as("the earlier notice forgets the name too").doesNotContain(blocks.name);
        assertThat((String) row(coach, "/proposals/" + second, "proposal.declined").get("args")).contains(blocks.name);
    }

    @Test
    void noRequestMakesThePortalMailAGraduateWhoHidesTheirProfileOrTellsAnyoneAboutThem() throws Exception {
        Graduate hidden = newGraduate("en");
        jdbc.update("update graduate_profile set visible_to_employers = false where id = ?", hidden.graduateId);
        UUID listing = openListing(companyA, "Hidden trainee " + hidden.suffix);
        Map<String, Object> toHidden = Map.of("graduateId", hidden.graduateId, "listingId", listing);

        // a coach's proposal is refused (409), a recruiter's interest answers as for an unknown graduate (404)
        api(post("/api/v1/proposals"), "coach", toHidden, 409);
        api(post("/api/v1/proposals"), "recruiter", toHidden, 404);
        assertThat(mvc.perform(get("/proposals/new").param("graduate", hidden.graduateId.toString()).with(tokens.bearer("recruiter")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/proposals").with(tokens.bearer("recruiter")).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("graduateId=" + hidden.graduateId + "&listingId=" + listing))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        // the coach's bulk proposal reports the refusal and proposes nobody
        MvcResult bulk = mvc.perform(post("/proposals/bulk").with(tokens.bearer("coach")).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("listingId=" + listing + "&graduate=" + hidden.graduateId))
                .andReturn();
        assertThat(bulk.getResponse().getStatus()).isEqualTo(200);
        assertThat(bulk.getResponse().getContentAsString()).contains("does not show their profile to employers");

        // nothing was written for anyone: no proposal, no notification, no mail to the graduate or naming them
        assertThat(jdbc.queryForObject("select count(*) from proposal where graduate_id = ?", Integer.class, hidden.graduateId)).isZero();
        assertThat(mailsTo(hidden.email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ?", Integer.class, hidden.accountId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification where args::text like ?", Integer.class, "%" + hidden.name + "%"))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where body like ? or subject like ?", Integer.class,
                "%" + hidden.name + "%", "%Hidden trainee " + hidden.suffix + "%")).isZero();
        assertThat(smtp.messages().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(hidden.email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).as("nothing reached the SMTP server either").isEmpty();

        // the control: once the graduate shows their profile again, the same proposal reaches them by mail
        jdbc.update("update graduate_profile set visible_to_employers = true where id = ?", hidden.graduateId);
        api(post("/api/v1/proposals"), "coach", toHidden, 201);
        assertThat(awaitMail(hidden.email).getSubject()).isEqualTo("You have been proposed for Hidden trainee " + hidden.suffix);
    }

    // --- the bell, marking read, refusals --------------------------------------------------------

    @Test
    void theBellCountsUnreadOnEveryPageAndMarkingReadLowersIt() throws Exception {
        Graduate g = newGraduate("en");
        for (int i = 0; i < 3; i++) {
            tell(g.accountId, "/me/proposals");
        }
        assertThat(bell(g.username, "/notifications")).isEqualTo(3);
        assertThat(bell(g.username, "/me/listings")).as("on another page too").isEqualTo(3);
        JsonNode list = api(get("/api/v1/notifications"), g.username, null, 200);
        assertThat(list.get("unread").asLong()).isEqualTo(3);
        String first = list.get("items").get(0).get("id").asString();

        // following its link marks it read and goes to its object
        MvcResult open = mvc.perform(get("/notifications/" + first + "/open").with(tokens.bearer(g.username))).andReturn();
        assertThat(open.getResponse().getStatus()).isEqualTo(302);
        assertThat(open.getResponse().getRedirectedUrl()).isEqualTo("/me/proposals");
        assertThat(api(get("/api/v1/notifications/unread-count"), g.username, null, 200).get("unread").asLong()).isEqualTo(2);

        String second = list.get("items").get(1).get("id").asString();
        assertThat(mvc.perform(post("/api/v1/notifications/" + second + "/read").with(tokens.bearer(g.username))).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(bell(g.username, "/notifications")).isEqualTo(1);
        assertThat(api(post("/api/v1/notifications/read-all"), g.username, null, 200).get("marked").asInt()).isEqualTo(1);
        assertThat(bell(g.username, "/notifications")).isZero();
        assertThat(api(get("/api/v1/notifications").param("unread", "true"), g.username, null, 200).get("total").asLong()).isZero();
    }

    @Test
    void nobodyReadsOrMarksAnotherAccountsNotifications() throws Exception {
        Graduate owner = newGraduate("en");
        Graduate other = newGraduate("en");
        tell(owner.accountId, "/me/proposals");
        String id = jdbc.queryForObject("select id from notification where account_id = ?", String.class, owner.accountId);

        for (String who : List.of(other.username, "recruiter2", "coach", "admin")) {
            MvcResult api = mvc.perform(post("/api/v1/notifications/" + id + "/read").with(tokens.bearer(who))).andReturn();
            assertThat(api.getResponse().getStatus()).as(who).isEqualTo(404);
            assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(mvc.perform(get("/notifications/" + id + "/open").with(tokens.bearer(who))).andReturn().getResponse().getStatus())
                    .as(who).isEqualTo(404);
            assertThat(mvc.perform(post("/notifications/" + id + "/read").with(tokens.bearer(who))).andReturn().getResponse().getStatus())
                    .as(who).isEqualTo(404);
            assertThat(api(get("/api/v1/notifications").param("size", "100"), who, null, 200).toString()).doesNotContain(id);
        }
        mvc.perform(post("/api/v1/notifications/read-all").with(tokens.bearer(other.username))).andReturn();
        assertThat(jdbc.queryForObject("select read_at is null from notification where id = ?::uuid", Boolean.class, id))
                .as("still unread for its owner").isTrue();
        assertThat(mvc.perform(get("/api/v1/notifications").param("size", "0").with(tokens.bearer(owner.username))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/notifications/unread-count")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    // --- e-mail -----------------------------------------------------------------------------------

    @Test
    void anImmediateMailArrivesInTheRecipientsLanguageAndItsUnsubscribeLinkWorksWithoutSignIn() throws Exception {
        Graduate g = newGraduate("ca");
        String proposal = propose(g, openListing(companyA, "Data trainee " + g.suffix));

        Map<String, Object> queued = jdbc.queryForMap("select * from mail_outbox where recipient = ?", g.email);
        assertThat(queued.get("locale")).isEqualTo("ca");
        assertThat(queued.get("subject")).isEqualTo("T'han proposat per a Data trainee " + g.suffix);
        String text = (String) queued.get("body");
        assertThat(text).contains("Obre-la al portal: http").containsPattern("https?://[^\\s]+/notifications/[0-9a-f-]{36}/open")
                .doesNotContain("Carla Coach").as("no more than the notice's own words");
        assertThat(jdbc.queryForObject("select mailed_at is not null from notification where account_id = ?", Boolean.class, g.accountId))
                .isTrue();

        MimeMessage arrived = awaitMail(g.email);
        assertThat(arrived.getSubject()).isEqualTo("T'han proposat per a Data trainee " + g.suffix);
        assertThat(arrived.getHeader("Content-Language")[0]).isEqualTo("ca");

        Matcher link = Pattern.compile("https?://[^\\s/]+(/unsubscribe/([A-Za-z0-9_-]+))").matcher(text);
        assertThat(link.find()).isTrue();
        String path = link.group(1);
        MvcResult confirm = mvc.perform(get(path)).andReturn();
        assertThat(confirm.getResponse().getStatus()).isEqualTo(200);
        assertThat(confirm.getResponse().getContentAsString()).contains("id=\"unsubscribe\"").doesNotContain(g.name).doesNotContain(g.email);
        assertThat(mode(g.accountId)).as("a GET changes nothing").isEqualTo("IMMEDIATELY");

        // the page's own form, with its session's CSRF token, as a browser sends it
        MockHttpSession session = (MockHttpSession) confirm.getRequest().getSession();
        String csrf = csrfToken(confirm.getResponse().getContentAsString());
        MvcResult done = mvc.perform(post(path).session(session).param("_csrf", csrf)).andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        assertThat(mode(g.accountId)).isEqualTo("OFF");
        assertThat(mvc.perform(post(path)).andReturn().getResponse().getStatus()).as("no CSRF token, no change").isEqualTo(403);
        assertThat(mvc.perform(get("/unsubscribe/" + "x".repeat(43))).andReturn().getResponse().getStatus()).isEqualTo(404);

        // switched off: the next notice is in the app only
        int mails = mailsTo(g.email);
        api(post("/api/v1/proposals/" + proposal + "/decline"), "coach",
                Map.of("version", jdbc.queryForObject("select version from proposal where id = ?::uuid", Long.class, proposal)), 200);
        tell(g.accountId, "/me/proposals");
        assertThat(mailsTo(g.email)).isEqualTo(mails);
    }

    @Test
    void theDailyDigestCollectsUnreadNoticesIntoOneMailAndSendsItOnce() throws Exception {
        Graduate g = newGraduate("en");
        MvcResult saved = mvc.perform(post("/notifications/settings").param("mode", "DAILY").param("language", "es")
                .with(tokens.bearer(g.username))).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        MvcResult refused = mvc.perform(post("/notifications/settings").param("mode", "HOURLY").param("language", "es")
                .with(tokens.bearer(g.username))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(mode(g.accountId)).as("a refused form changes nothing").isEqualTo("DAILY");

        tell(g.accountId, "/me/proposals");
        tell(g.accountId, "/me/listings");
        tell(g.accountId, "/me");
        String read = jdbc.queryForObject("select id from notification where account_id = ? and link = '/me'", String.class, g.accountId);
        mvc.perform(post("/api/v1/notifications/" + read + "/read").with(tokens.bearer(g.username))).andReturn();
        assertThat(mailsTo(g.email)).as("nothing immediately").isZero();

        assertThat(digest.send()).isGreaterThanOrEqualTo(1);
        Map<String, Object> mail = jdbc.queryForMap("select * from mail_outbox where recipient = ?", g.email);
        assertThat(mail.get("locale")).isEqualTo("es");
        assertThat(mail.get("subject")).isEqualTo("Migracode Talent: 2 notificaciones nuevas");
        assertThat((String) mail.get("body")).contains("/unsubscribe/").contains("una vez al día");

        assertThat(digest.send()).as("a second run (or a restart) finds nothing").isZero();
        assertThat(mailsTo(g.email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and digest_pending", Integer.class,
                g.accountId)).isZero();
        assertThat(awaitMail(g.email).getSubject()).isEqualTo("Migracode Talent: 2 notificaciones nuevas");
    }

    // --- reminders --------------------------------------------------------------------------------

    @Test
    void aProposalWaitingTooLongRemindsItsCoachOnce() throws Exception {
        Graduate g = newGraduate("en");
        String proposal = propose(g, openListing(companyA, "Waiting trainee " + g.suffix));
        Instant now = Instant.now();
        // six days and an hour: the database keeps microseconds and may round up, so not exactly six days
        jdbc.update("update proposal set stage_changed_at = ? where id = ?::uuid",
                java.sql.Timestamp.from(now.minus(6, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS)), proposal);

        reminders.remind(now);
        reminders.remind(now);
        reminders.remind(now.plus(1, ChronoUnit.HOURS));
        assertThat(recipients(proposal, "proposal.waiting")).containsExactly(coach);
        assertThat((String) row(coach, "/proposals/" + proposal, "proposal.waiting").get("args")).contains("\"days\": \"6\"");

        // a fresh proposal is not reminded
        String fresh = propose(newGraduate("en"), openListing(companyA, "Fresh trainee " + g.suffix));
        reminders.remind(now);
        assertThat(recipients(fresh, "proposal.waiting")).isEmpty();
    }

    // --- helpers ----------------------------------------------------------------------------------

    record Graduate(UUID graduateId, UUID accountId, String username, String name, String email, String suffix) {
    }

    /** A consenting graduate with an account and a notification language, unique to the test. */
    private Graduate newGraduate(String language) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "Notified Graduate " + suffix;
        String email = "notify-" + suffix + "@example.org";
        UUID graduate = tx.execute(s -> {
            GraduateProfile g = new GraduateProfile(UUID.randomUUID(), name);
            g.setVisibleToEmployers(true);
            g.setActive(true);
            g.setEmail(email);
            return graduates.save(g).getId();
        });
        UUID account = UUID.randomUUID();
        jdbc.update("insert into user_account (id, username, display_name, email, role, graduate_id) values (?, ?, ?, ?, 'GRADUATE', ?)",
                account, "notify-" + suffix, name, email, graduate);
        jdbc.update("insert into notification_preference (account_id, email_mode, locale, unsubscribe_token) values (?, 'IMMEDIATELY', ?, ?)",
                account, language, "test-token-" + UUID.randomUUID() + "-" + suffix);
        return new Graduate(graduate, account, "notify-" + suffix, name, email, suffix);
    }

    private UUID openListing(UUID company, String title) {
        return tx.execute(s -> {
            Listing l = new Listing(UUID.randomUUID(), company, ListingType.JOB, title);
            l.setDescription("React, JavaScript and CSS.");
            l.replaceRequiredSkills(List.of(new RequiredSkill("react", 2), new RequiredSkill("javascript", 2)));
            l.open();
            return listings.save(l).getId();
        });
    }

    private String propose(Graduate g, UUID listing) throws Exception {
        return api(post("/api/v1/proposals"), "coach", Map.of("graduateId", g.graduateId, "listingId", listing), 201).get("id").asString();
    }

    /** A notice to one account through the real notifier, in a transaction as every event has. */
    private void tell(UUID account, String link) {
        tx.executeWithoutResult(s -> notifier.notify(new Notice(new Recipients.Account(account), "proposal.reached", link,
                Map.of("listing", "Tested listing", "company", "Tested company"))));
    }

    private JsonNode api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user,
            Map<String, Object> body, int status) throws Exception {
        request.with(tokens.bearer(user)).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        String content = result.getResponse().getContentAsString();
        return content.isEmpty() ? JSON.createObjectNode() : JSON.readTree(content);
    }

    private UUID account(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", UUID.class, username);
    }

    private List<UUID> recipients(String proposal, String kind) {
        return jdbc.queryForList("select account_id from notification where link = ? and kind = ?", UUID.class, "/proposals/" + proposal,
                kind);
    }

    private List<UUID> recipients(String link, String kind, UUID account) {
        return jdbc.queryForList("select account_id from notification where link = ? and kind = ? and account_id = ?", UUID.class, link,
                kind, account);
    }

    private Map<String, Object> row(UUID account, String link) {
        return jdbc.queryForMap("select kind, args::text as args from notification where account_id = ? and link = ? "
                + "order by created_at limit 1", account, link);
    }

    private Map<String, Object> row(UUID account, String link, String kind) {
        return jdbc.queryForMap("select kind, args::text as args from notification where account_id = ? and link = ? and kind = ?",
                account, link, kind);
    }

    /** The item of a notifications page (API) with {@code link} and {@code kind}. */
    private static JsonNode item(JsonNode page, String link, String kind) {
        for (JsonNode n : page.get("items")) {
            if (n.get("link").asString().equals(link) && n.get("kind").asString().equals(kind)) {
                return n;
            }
        }
        throw new AssertionError("no " + kind + " for " + link + " in " + page);
    }

    private long bell(String user, String page) throws Exception {
        MvcResult result = mvc.perform(get(page).with(tokens.bearer(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
        Matcher m = Pattern.compile("id=\"bell-count\"[^>]*>(\\d+)<").matcher(result.getResponse().getContentAsString());
        assertThat(m.find()).as("the bell is on " + page).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String mode(UUID account) {
        return jdbc.queryForObject("select email_mode from notification_preference where account_id = ?", String.class, account);
    }

    private int mailsTo(String address) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, address);
    }

    private MimeMessage awaitMail(String address) throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            Optional<MimeMessage> found = smtp.messages().stream().filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(address);
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + address + " arrived at the SMTP server");
    }

    private static String csrfToken(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
