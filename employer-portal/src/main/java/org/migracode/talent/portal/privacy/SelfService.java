package org.migracode.talent.portal.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.audit.AuditAction;
import org.migracode.talent.index.audit.AuditActor;
import org.migracode.talent.index.audit.AuditLog;
import org.migracode.talent.index.audit.AuditRecord;
import org.migracode.talent.index.audit.ProfileView;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.duplicates.DuplicatePairs;
import org.migracode.talent.index.fairness.FairnessDeclaration;
import org.migracode.talent.index.fairness.FairnessDeclarations;
import org.migracode.talent.index.graduates.CompanyBlocked;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.graduates.GraduateSkill;
import org.migracode.talent.index.graduates.PortfolioProject;
import org.migracode.talent.index.graduates.SpokenLanguage;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.index.privacy.ErasureReason;
import org.migracode.talent.index.privacy.GraduateErasure;
import org.migracode.talent.index.privacy.PersonalDataExport;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.portal.privacy.MyProfile.CompanyView;
import org.migracode.talent.portal.privacy.MyProfile.LanguageView;
import org.migracode.talent.portal.privacy.MyProfile.ProjectView;
import org.migracode.talent.portal.graduates.ContactFields;
import org.migracode.talent.portal.privacy.MyProfile.SkillView;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A graduate's own data: only ever the signed-in graduate's, whose id comes from the principal,
 * never from the request. Every change to the profile counts as activity for retention. Turning
 * visibility off or blocking a company reaches the index when the transaction commits, so the next
 * search or match already leaves the graduate out.
 *
 * <p>Just over 300 lines: the profile update applies each field's rule in turn (skills, languages,
 * projects, contact fields, availability). The next split is that update into a package-private
 * {@code ProfileEditor}, as {@code ListingEditor} did for listings.
 */
@Service
@PreAuthorize("hasRole('GRADUATE')")
class SelfService {

    static final int PROFILE_VIEWS_SHOWN = 100;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final GraduateRepository graduates;
    private final CompanyRepository companies;
    private final PersonalDataExport export;
    private final GraduateErasure erasure;
    private final AuditLog audit;
    private final FairnessDeclarations fairness;
    private final SkillVocabulary vocabulary;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final DuplicatePairs duplicates;

    SelfService(GraduateRepository graduates, CompanyRepository companies, PersonalDataExport export, GraduateErasure erasure,
            AuditLog audit, FairnessDeclarations fairness, ObjectProvider<Clock> clock, ApplicationEventPublisher events,
            DuplicatePairs duplicates, SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.events = events;
        this.duplicates = duplicates;
        this.graduates = graduates;
        this.companies = companies;
        this.export = export;
        this.erasure = erasure;
        this.audit = audit;
        this.fairness = fairness;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The signed-in graduate's profile id. */
    static UUID me(Viewer viewer) {
        if (viewer.graduateId() != null) {
            return viewer.graduateId();
        }
        throw new GraduateNotFoundException();
    }

    private GraduateProfile mine(Viewer viewer) {
        return graduates.findById(me(viewer)).orElseThrow(GraduateNotFoundException::new);
    }

    @Transactional(readOnly = true)
    public MyProfile profile(Viewer viewer, Locale locale) {
        return view(mine(viewer), locale);
    }

    /** @throws IllegalArgumentException naming the field for a value the form or JSON cannot express */
    @Transactional
    public MyProfile update(Viewer viewer, ProfileRequest r, Locale locale) {
        GraduateProfile g = mine(viewer);
        // checked before anything changes: a refused address leaves the whole profile as stored
        String email = r.names("email") ? ContactFields.email(r.email()) : g.getEmail();
        String phone = r.names("phone") ? ContactFields.phone(r.phone()) : g.getPhone();
        if (r.availableFrom() != null && (r.availableFrom().isBefore(EARLIEST) || r.availableFrom().isAfter(LATEST))) {
            throw new IllegalArgumentException("availableFrom must be between " + EARLIEST + " and " + LATEST);
        }
        Map<String, SkillSource> sources = new HashMap<>();
        g.getSkills().forEach(s -> sources.put(s.getSkillId(), s.getSource()));
        Map<String, GraduateSkill> skills = new LinkedHashMap<>();
        for (ProfileRequest.SkillInput s : r.skills()) {
            SkillId id = vocabulary.resolve(s.name()).orElseThrow(() -> new IllegalArgumentException(
                    "skills: '" + abbreviate(s.name()) + "' does not name a known skill"));
            skills.put(id.value(), new GraduateSkill(id.value(), s.level(), sources.getOrDefault(id.value(), SkillSource.DECLARED)));
        }
        Map<String, SpokenLanguage> languages = new LinkedHashMap<>();
        for (ProfileRequest.LanguageInput l : r.languages()) {
            String code = l.code().toLowerCase(Locale.ROOT);
            if (!ISO_LANGUAGES.contains(code)) {
                throw new IllegalArgumentException("languages: '" + abbreviate(l.code()) + "' is not an ISO 639-1 language code");
            }
            languages.put(code, new SpokenLanguage(code, l.level()));
        }
        List<PortfolioProject> projects = new ArrayList<>();
        for (ProfileRequest.ProjectInput p : r.projects()) {
            projects.add(new PortfolioProject(p.title(), p.description(), p.url(), p.technologies()));
        }
        if (r.names("remotePreference") && r.remotePreference() == null) {
            throw new IllegalArgumentException("remotePreference: ANY, ONSITE, HYBRID or REMOTE");
        }
        // only what the request names changes: a field left out is never cleared (docs/privacy.md)
        if (r.names("headline")) {
            g.setHeadline(r.headline());
        }
        if (r.names("summary")) {
            g.setSummary(r.summary());
        }
        if (r.names("city")) {
            g.setCity(r.city());
        }
        boolean contactChanged = !Objects.equals(email, g.getEmail()) || !Objects.equals(phone, g.getPhone());
        g.setEmail(email);
        g.setPhone(phone);
        if (r.names("remotePreference")) {
            g.setRemotePreference(r.remotePreference());
        }
        if (r.names("availableFrom")) {
            g.setAvailableFrom(r.availableFrom());
        }
        g.setWantedTypes(r.wantsJob() == null ? g.isWantsJob() : r.wantsJob(),
                r.wantsInternship() == null ? g.isWantsInternship() : r.wantsInternship());
        if (r.names("skills")) {
            g.replaceSkills(List.copyOf(skills.values()));
        }
        if (r.names("languages")) {
            g.replaceLanguages(List.copyOf(languages.values()));
        }
        if (r.names("projects")) {
            g.replaceProjects(projects);
        }
        g.markActive(clock.instant());
        graduates.flush();
        if (contactChanged) {
            // a new address or number may be someone already here: queued for the staff's review, never merged or shown to employers
            duplicates.detect(List.of(g.getId()));
        }
        return view(g, locale);
    }

    /** Shown to employers or not; takes effect in search and matches as soon as this returns. */
    @Transactional
    public boolean setVisible(Viewer viewer, Boolean visible) {
        if (visible == null) {
            throw new IllegalArgumentException("visible: required, true or false");
        }
        GraduateProfile g = mine(viewer);
        g.setVisibleToEmployers(visible);
        g.markActive(clock.instant());
        graduates.flush();
        return g.isVisibleToEmployers();
    }

    /**
     * Blocks a company: from the commit on its recruiters cannot find or open the graduate (404, as
     * for an unknown id), its open proposals are withdrawn (proposals listen to
     * {@link CompanyBlocked}, in this transaction) and it sees no personal detail on any of its
     * proposals. Recorded in the audit log as COMPANY_BLOCKED.
     */
    @Transactional
    public List<CompanyView> block(Viewer viewer, UUID companyId) {
        if (!companies.existsById(companyId)) {
            throw new IllegalArgumentException("companyId: no company " + companyId);
        }
        GraduateProfile g = mine(viewer);
        boolean already = g.blocks(companyId);
        g.blockCompany(companyId);
        g.markActive(clock.instant());
        graduates.flush();
        AuditActor actor = AuditRecorder.currentActor();
        events.publishEvent(new CompanyBlocked(g.getId(), companyId, actor.accountId(), clock.instant()));
        if (!already) {
            audit.recordWithin(actor, new AuditRecord(AuditAction.COMPANY_BLOCKED, g.getId(), null, null, null, null,
                    "company " + companyId));
        }
        return blocked(g);
    }

    /** Unblocks a company: found again from the commit on; withdrawn proposals stay withdrawn. Audited as COMPANY_UNBLOCKED. */
    @Transactional
    public List<CompanyView> unblock(Viewer viewer, UUID companyId) {
        GraduateProfile g = mine(viewer);
        if (g.blocks(companyId)) {
            audit.recordWithin(AuditRecorder.currentActor(), new AuditRecord(AuditAction.COMPANY_UNBLOCKED, g.getId(), null, null,
                    null, null, "company " + companyId));
        }
        g.unblockCompany(companyId);
        g.markActive(clock.instant());
        graduates.flush();
        return blocked(g);
    }

    @Transactional(readOnly = true)
    public List<CompanyView> blockedCompanies(Viewer viewer) {
        return blocked(mine(viewer));
    }

    /** Every company, by name: the ones a graduate may block. */
    @Transactional(readOnly = true)
    public List<CompanyView> companies() {
        return companies.findAll(Sort.by("name")).stream().map(c -> new CompanyView(c.getId(), c.getName())).toList();
    }

    @Transactional(readOnly = true)
    public Map<String, Object> export(Viewer viewer) {
        return export.export(me(viewer)).orElseThrow(GraduateNotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<ProfileView> profileViews(Viewer viewer) {
        return audit.profileViews(me(viewer), PROFILE_VIEWS_SHOWN);
    }

    /**
     * Erases the signed-in graduate's account and data. The caller signs them out afterwards.
     *
     * @param confirm must be the literal word {@code ERASE}, so that no stray request erases an account
     */
    @Transactional
    public void erase(Viewer viewer, String confirm) {
        if (!"ERASE".equals(confirm == null ? null : confirm.strip())) {
            throw new IllegalArgumentException("confirm: send \"ERASE\" to erase your account");
        }
        UUID id = me(viewer);
        if (!erasure.erase(id, ErasureReason.SELF, AuditActor.SYSTEM)) {
            throw new GraduateNotFoundException();
        }
    }

    @Transactional(readOnly = true)
    public Optional<FairnessDeclaration> fairness(Viewer viewer) {
        return fairness.find(mine(viewer).getId());
    }

    @Transactional
    public FairnessDeclaration declare(Viewer viewer, FairnessRequest r) {
        if (r == null) {
            throw new IllegalArgumentException("the request body is missing");
        }
        if (!r.consent()) {
            throw new IllegalArgumentException("consent: the declaration is stored only with your explicit consent (consent: true)");
        }
        UUID id = mine(viewer).getId();
        FairnessDeclaration d = new FairnessDeclaration(r.gender(), r.region(), clock.instant());
        fairness.save(id, d);
        return d;
    }

    @Transactional
    public void withdrawFairness(Viewer viewer) {
        fairness.withdraw(mine(viewer).getId());
    }

    // --- mapping --------------------------------------------------------------------------

    private MyProfile view(GraduateProfile g, Locale locale) {
        return new MyProfile(g.getId(), g.getDisplayName(), g.getEmail(), g.getPhone(), g.getHeadline(), g.getSummary(), g.getCity(),
                g.getRemotePreference(), g.getAvailableFrom(), g.isWantsJob(), g.isWantsInternship(),
                g.getSkills().stream().sorted(java.util.Comparator.comparingInt(GraduateSkill::getLevel).reversed()
                                .thenComparing(GraduateSkill::getSkillId))
                        .map(s -> new SkillView(s.getSkillId(), vocabulary.taxonomy().label(SkillId.of(s.getSkillId()), locale),
                                s.getLevel(), s.getSource().name())).toList(),
                g.getLanguages().stream().map(l -> new LanguageView(l.getCode(), l.getLevel())).toList(),
                g.getProjects().stream().map(p -> new ProjectView(p.getTitle(), p.getDescription(), p.getUrl(), p.getTechnologies()))
                        .toList(),
                g.isVisibleToEmployers(), g.getConsentChangedAt(), blocked(g), g.getVersion());
    }

    private List<CompanyView> blocked(GraduateProfile g) {
        return companies.findAllById(g.getBlockedCompanies()).stream().map(c -> new CompanyView(c.getId(), c.getName()))
                .sorted(java.util.Comparator.comparing(CompanyView::name)).toList();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
