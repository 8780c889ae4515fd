package org.migracode.talent.portal.listings;

import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.core.input.InvalidInputException;
import org.migracode.talent.core.input.Paging;
import org.migracode.talent.core.input.TextRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migracode.talent.core.extraction.ListingSkillSuggester;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.scoring.MatchExplanation;
import org.migracode.talent.core.scoring.ScoreComponent;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduate.GraduateProfile;
import org.migracode.talent.index.graduate.GraduateRepository;
import org.migracode.talent.index.listing.LanguageRequirement;
import org.migracode.talent.index.listing.Listing;
import org.migracode.talent.index.listing.ListingClosed;
import org.migracode.talent.index.listing.ListingRepository;
import org.migracode.talent.index.listing.ListingStatus;
import org.migracode.talent.index.matching.MatchService;
import org.migracode.talent.index.matching.MatchingProperties;
import org.migracode.talent.index.matching.RankedMatch;
import org.migracode.talent.index.matching.RankedMatches;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.portal.listings.ListingRequest.LanguageInput;
import org.migracode.talent.portal.listings.ListingRequest.SkillInput;
import org.migracode.talent.portal.listings.ListingView.LanguageView;
import org.migracode.talent.portal.listings.ListingView.RequiredSkillView;
import org.migracode.talent.portal.listings.ListingView.SkillView;
import org.migracode.talent.portal.listings.MatchesView.ComponentView;
import org.migracode.talent.portal.listings.MatchesView.LanguageGapView;
import org.migracode.talent.portal.listings.MatchesView.MatchView;
import org.migracode.talent.portal.listings.MatchesView.MatchedSkillView;
import org.migracode.talent.portal.listings.MatchesView.SkillToLearn;
import org.migracode.talent.portal.audit.AuditRecorder;
import org.migracode.talent.portal.curriculum.SkillModules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.migracode.talent.portal.school.RankingPolicy;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listings with tenancy. Roles are checked by method security; which listings a viewer may touch
 * is checked here, and a listing the viewer may not see is reported exactly like one that does
 * not exist ({@link ListingNotFoundException}), so ids cannot be probed:
 * <ul>
 *   <li>RECRUITER: own company's listings only; creates for own company only;</li>
 *   <li>COACH, ADMIN: every listing; they name the company when creating;</li>
 *   <li>GRADUATE: an OPEN listing that is among their own matches; nothing else.</li>
 * </ul>
 */
@Service
@Transactional
class ListingService {

    static final int MAX_PAGE_SIZE = 100;
    private static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST_START = LocalDate.of(2100, 12, 31);
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final ListingRepository listings;
    private final CompanyRepository companies;
    private final GraduateRepository graduates;
    private final MatchService matchService;
    private final MatchingProperties matching;
    private final ApplicationEventPublisher events;
    private final SkillVocabulary vocabulary = SkillVocabulary.shared();
    private final ListingSkillSuggester suggester = vocabulary.listingSkillSuggester();
    private final org.migracode.talent.core.extraction.ListingLanguageSuggester languageSuggester =
            new org.migracode.talent.core.extraction.ListingLanguageSuggester();

    private final AuditRecorder audit;
    private final SchoolSettings school;
    private final JdbcTemplate jdbc;

    /** The school's skill-to-module mapping: what teaches each skill to learn (the graduate's plan). */
    private final SkillModules modules;

    ListingService(ListingRepository listings, CompanyRepository companies, GraduateRepository graduates,
            MatchService matchService, MatchingProperties matching, AuditRecorder audit, ApplicationEventPublisher events,
            SchoolSettings school, JdbcTemplate jdbc, SkillModules modules) {
        this.modules = modules;
        this.audit = audit;
        this.school = school;
        this.jdbc = jdbc;
        this.listings = listings;
        this.companies = companies;
        this.graduates = graduates;
        this.matchService = matchService;
        this.matching = matching;
        this.events = events;
    }

    /** How many matches a request gets when it does not say. */
    int defaultTopK() {
        return matching.defaultTopK();
    }

    // --- reading --------------------------------------------------------------------------

    /** A recruiter's own company's listings, or every listing for coaches and admins; newest first. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public ListingPage list(Viewer viewer, int page, int size, Locale locale) {
        return list(viewer, ListingFilter.none(), page, size, locale);
    }

    /**
     * The listings the viewer may see, narrowed and ordered by {@code filter}. A school has a few
     * hundred listings at most, so the filter runs over the viewer's listings in memory.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public ListingPage list(Viewer viewer, ListingFilter filter, int page, int size, Locale locale) {
        Paging.of(page, size, MAX_PAGE_SIZE);
        if (filter.narrows() || filter.sort() != ListingFilter.Sort.NEWEST) {
            List<Listing> all = viewer.staff() ? listings.findAll() : listings.findByCompanyIdOrderByCreatedAtDesc(viewer.companyId());
            Map<UUID, String> names = new HashMap<>();
            companies.findAllById(all.stream().map(Listing::getCompanyId).distinct().toList())
                    .forEach(c -> names.put(c.getId(), c.getName()));
            List<Listing> kept = all.stream().filter(l -> filter.accepts(l, names.get(l.getCompanyId())))
                    .sorted(filter.order(names)).toList();
            int from = (int) Math.min((long) page * size, kept.size());
            int to = Math.min(from + size, kept.size());
            return new ListingPage(views(kept.subList(from, to), locale), page, size, kept.size(), (kept.size() + size - 1) / size);
        }
        if (viewer.staff()) {
            Page<Listing> p = listings.findAll(PageRequest.of(page, size,
                    Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
            return new ListingPage(views(p.getContent(), locale), page, size, p.getTotalElements(), p.getTotalPages());
        }
        List<Listing> own = listings.findByCompanyIdOrderByCreatedAtDesc(viewer.companyId());
        int from = (int) Math.min((long) page * size, own.size());
        int to = Math.min(from + size, own.size());
        return new ListingPage(views(own.subList(from, to), locale), page, size, own.size(),
                (own.size() + size - 1) / size);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListingView get(Viewer viewer, UUID id, Locale locale) {
        return view(visible(viewer, id), locale);
    }

    /** The cities the viewer's listings are in, sorted, for the listings page's city filter. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> cities(Viewer viewer) {
        List<Listing> all = viewer.staff() ? listings.findAll() : listings.findByCompanyIdOrderByCreatedAtDesc(viewer.companyId());
        return all.stream().map(Listing::getCity).filter(c -> c != null && !c.isBlank()).distinct().sorted().toList();
    }

    /** Companies a coach or admin may create a listing for, by name. */
    @PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<UUID, String> companies() {
        Map<UUID, String> byName = new LinkedHashMap<>();
        companies.findAll(Sort.by("name")).forEach(c -> byName.put(c.getId(), c.getName()));
        return byName;
    }

    // --- writing --------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView create(Viewer viewer, ListingRequest request, Locale locale) {
        UUID companyId = companyFor(viewer, request.companyId());
        Listing listing = new Listing(UUID.randomUUID(), companyId, request.typeOrDefault(), request.title());
        apply(listing, request);
        return view(listings.saveAndFlush(listing), locale);
    }

    /** Replaces everything the request names; the request's {@code version} must be the stored one. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView update(Viewer viewer, UUID id, ListingRequest request, Locale locale) {
        Listing listing = manageable(viewer, id);
        if (request.version() == null) {
            throw new InvalidInputException("version.required", "version is required when updating a listing (the version you edited)");
        }
        if (request.version() != listing.getVersion()) {
            throw new StaleListingException(id, listing.getVersion(), request.version());
        }
        if (request.companyId() != null && !request.companyId().equals(listing.getCompanyId())) {
            throw new InvalidInputException("listing.company-move", "a listing cannot move to another company");
        }
        if (request.type() != null) {
            listing.setType(request.type());
        }
        listing.setTitle(request.title());
        apply(listing, request);
        listings.flush();
        return view(listing, locale);
    }

    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView open(Viewer viewer, UUID id, Locale locale) {
        Listing listing = manageable(viewer, id);
        listing.open();
        listings.flush();
        return view(listing, locale);
    }

    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView close(Viewer viewer, UUID id, Locale locale) {
        Listing listing = manageable(viewer, id);
        close(viewer, listing);
        listings.flush();
        return view(listing, locale);
    }

    /**
     * Deletes a DRAFT (nobody has seen it); closes an OPEN or CLOSED listing instead, so that
     * matches and proposals that refer to it keep their meaning.
     *
     * @return the closed listing, or {@code null} when the draft was deleted
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView delete(Viewer viewer, UUID id, Locale locale) {
        Listing listing = manageable(viewer, id);
        if (listing.getStatus() == ListingStatus.DRAFT) {
            listings.delete(listing);
            return null;
        }
        close(viewer, listing);
        listings.flush();
        return view(listing, locale);
    }

    /** The skills a title and description suggest, with spans for highlighting. Reads nothing stored. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public SkillPreview preview(PreviewRequest request, Locale locale) {
        ListingSkillSuggester.Suggestion s = suggester.suggest(request.title(), request.description());
        return new SkillPreview(
                s.required().stream().map(r -> new RequiredSkillView(r.skill().value(), label(r.skill(), locale), r.minLevel())).toList(),
                s.niceToHave().stream().map(n -> skillView(n, locale)).toList(),
                s.highlights().stream().map(h -> new SkillPreview.Highlight(h.skill().value(), label(h.skill(), locale),
                        h.field().name(), h.start(), h.end(), h.matched(), h.niceToHave())).toList());
    }

    // --- matching -------------------------------------------------------------------------

    /**
     * The listing's best graduates, for viewers who may manage the listing: only those the listing's
     * company may see ({@link GraduateAccess}), whoever looks — staff propose from this list. With the
     * school's ranking policy {@link RankingPolicy#RELEASED} a recruiter sees only the graduates a
     * coach released to them for this listing ({@link #releasedTo}), searched among the ranking's
     * top {@code talent.matching.max-top-k} so that a released graduate further down still shows;
     * coaches and admins always see everyone.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public MatchesView matchesForListing(Viewer viewer, UUID id, int k, Locale locale) {
        checkK(k);
        Listing listing = manageable(viewer, id);
        Set<UUID> released = viewer.recruiter() && school.rankingPolicy() == RankingPolicy.RELEASED
                ? releasedTo(listing.getId()) : null;
        RankedMatches ranked = matchService.candidatesForListing(listing.getId(), released == null ? k : Math.max(k, matching.maxTopK()))
                .orElseThrow(() -> new ListingNotFoundException("listing", id));
        Map<UUID, GraduateProfile> people = byId(graduates.findAllById(ids(ranked, RankedMatch::graduateId)), GraduateProfile::getId);
        String companyName = companies.findById(listing.getCompanyId()).map(Company::getName).orElse(null);
        List<MatchView> out = new ArrayList<>();
        for (RankedMatch m : ranked.matches()) {
            GraduateProfile g = people.get(UUID.fromString(m.graduateId()));
            if (!GraduateAccess.shownTo(g, listing.getCompanyId())) {
                continue; // hid, blocked the company or was erased since the index was read: gone for this company
            }
            if (released != null && !released.contains(g.getId())) {
                continue; // the school shows recruiters only graduates a coach released to them
            }
            if (out.size() == k) {
                break;
            }
            out.add(matchView(out.size() + 1, m, g.getDisplayName(), listing.getTitle(), companyName, locale));
        }
        audit.matchesShown(listing.getId(), out.stream().map(MatchView::graduateId).toList(), ranked.modelVersion());
        return new MatchesView(out, ranked.considered(), ranked.modelVersion(), List.of());
    }

    /** A graduate's best OPEN listings: for the graduate themself, coaches and admins. */
    @PreAuthorize("hasAnyRole('GRADUATE', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public MatchesView matchesForGraduate(Viewer viewer, UUID graduateId, int k, Locale locale) {
        checkK(k);
        if (!viewer.staff() && !graduateId.equals(viewer.graduateId())) {
            throw new ListingNotFoundException("graduate", graduateId);
        }
        RankedMatches ranked = matchService.listingsForGraduate(graduateId, Math.max(k, matching.maxTopK()))
                .orElseThrow(() -> new ListingNotFoundException("graduate", graduateId));
        List<SkillToLearn> toLearn = skillsToLearn(ranked, locale);
        ranked = new RankedMatches(ranked.matches().subList(0, Math.min(k, ranked.matches().size())), ranked.considered(),
                ranked.modelVersion());
        Map<UUID, Listing> found = byId(listings.findAllById(ids(ranked, RankedMatch::listingId)), Listing::getId);
        Map<UUID, String> companyNames = new HashMap<>();
        companies.findAllById(found.values().stream().map(Listing::getCompanyId).distinct().toList())
                .forEach(c -> companyNames.put(c.getId(), c.getName()));
        String name = graduates.findById(graduateId).map(GraduateProfile::getDisplayName).orElse(null);
        List<MatchView> out = new ArrayList<>();
        for (RankedMatch m : ranked.matches()) {
            Listing l = found.get(UUID.fromString(m.listingId()));
            if (l == null || l.getStatus() != ListingStatus.OPEN) {
                continue; // closed since the index was written
            }
            out.add(matchView(out.size() + 1, m, name, l.getTitle(), companyNames.get(l.getCompanyId()), locale));
        }
        audit.listingsForGraduateShown(graduateId, ranked.modelVersion());
        return new MatchesView(out, ranked.considered(), ranked.modelVersion(), toLearn);
    }

    /** Listings missing at most this many required skills "nearly match". */
    static final int NEARLY = 2;
    static final int SKILLS_TO_LEARN = 5;

    /**
     * The required skills most often missing from the open listings the graduate nearly matches
     * (one or two required skills short), most listings first: what to learn next to open them.
     */
    private List<SkillToLearn> skillsToLearn(RankedMatches ranked, Locale locale) {
        Map<SkillId, Integer> counts = new HashMap<>();
        for (RankedMatch m : ranked.matches()) {
            List<SkillId> missing = m.explanation().missingRequired();
            if (!missing.isEmpty() && missing.size() <= NEARLY) {
                missing.forEach(s -> counts.merge(s, 1, Integer::sum));
            }
        }
        Map<String, String> taughtIn = modules.bySkill();
        return counts.entrySet().stream()
                .map(e -> new SkillToLearn(e.getKey().value(), label(e.getKey(), locale), e.getValue(), taughtIn.get(e.getKey().value())))
                .sorted(java.util.Comparator.comparingInt(SkillToLearn::listings).reversed().thenComparing(SkillToLearn::label))
                .limit(SKILLS_TO_LEARN)
                .toList();
    }

    /** Closes the listing and tells whoever listens (its open proposals move to LISTING_CLOSED), in this transaction. */
    private void close(Viewer viewer, Listing listing) {
        boolean wasClosed = listing.getStatus() == ListingStatus.CLOSED;
        listing.close();
        if (!wasClosed) {
            events.publishEvent(new ListingClosed(listing.getId(), listing.getCompanyId(), viewer.accountId()));
        }
    }

    // --- tenancy --------------------------------------------------------------------------

    private Listing visible(Viewer viewer, UUID id) {
        Listing listing = listings.findById(id).orElseThrow(() -> new ListingNotFoundException("listing", id));
        boolean allowed = switch (viewer.role()) {
            case ADMIN, COACH -> true;
            case RECRUITER -> listing.getCompanyId().equals(viewer.companyId());
            case GRADUATE -> listing.getStatus() == ListingStatus.OPEN && viewer.graduateId() != null
                    && matchService.listingsForGraduate(viewer.graduateId(), matching.maxTopK())
                            .map(r -> r.matches().stream().anyMatch(m -> m.listingId().equals(id.toString())))
                            .orElse(false);
        };
        if (!allowed) {
            throw new ListingNotFoundException("listing", id);
        }
        return listing;
    }

    private Listing manageable(Viewer viewer, UUID id) {
        Listing listing = listings.findById(id).orElseThrow(() -> new ListingNotFoundException("listing", id));
        boolean allowed = viewer.staff() || (viewer.recruiter() && listing.getCompanyId().equals(viewer.companyId()));
        if (!allowed) {
            throw new ListingNotFoundException("listing", id);
        }
        return listing;
    }

    private UUID companyFor(Viewer viewer, UUID requested) {
        if (viewer.recruiter()) {
            if (requested != null && !requested.equals(viewer.companyId())) {
                throw new org.springframework.security.access.AccessDeniedException(
                        "recruiters create listings for their own company only; leave companyId out");
            }
            return viewer.companyId();
        }
        if (requested == null) {
            throw new InvalidInputException("companyId.required", "companyId is required: coaches and admins name the company of a new listing");
        }
        if (!companies.existsById(requested)) {
            throw new InvalidInputException("company.unknown", "no company {0}", requested);
        }
        return requested;
    }

    // --- mapping --------------------------------------------------------------------------

    /** Writes the request onto the listing; a list or choice the request leaves out (null) keeps its stored value. */
    private void apply(Listing listing, ListingRequest r) {
        List<SkillInput> requiredInputs = r.requiredSkills() == null ? List.of() : r.requiredSkills();
        List<String> niceInputs = r.niceToHaveSkills() == null ? List.of() : r.niceToHaveSkills();
        List<LanguageInput> languageInputs = r.languages() == null ? List.of() : r.languages();
        noNul("title", r.title());
        noNul("description", r.description());
        noNul("city", r.city());
        requiredInputs.forEach(skill -> noNul("requiredSkills", skill == null ? null : skill.name()));
        niceInputs.forEach(skill -> noNul("niceToHaveSkills", skill));
        languageInputs.forEach(language -> noNul("languages", language == null ? null : language.code()));
        listing.setDescription(blankToNull(r.description()));
        listing.setCity(blankToNull(r.city() == null ? null : r.city().strip()));
        if (r.remotePolicy() != null) {
            listing.setRemotePolicy(r.remotePolicy());
        }
        if (r.startDate() != null && (r.startDate().isBefore(EARLIEST_START) || r.startDate().isAfter(LATEST_START))) {
            throw new InvalidInputException("startDate.range", "startDate must be between {0} and {1}, got {2}", EARLIEST_START,
                    LATEST_START, r.startDate());
        }
        listing.setStartDate(r.startDate());
        List<org.migracode.talent.index.listing.RequiredSkill> required = new ArrayList<>();
        for (SkillInput s : requiredInputs) {
            int level = s.minLevel() == null ? RequiredSkill.DEFAULT_MIN_LEVEL : s.minLevel();
            required.add(new org.migracode.talent.index.listing.RequiredSkill(resolve(s.name()).value(), level));
        }
        List<String> nice = new ArrayList<>();
        for (String n : niceInputs) {
            nice.add(resolve(n).value());
        }
        // suggestions stand in for skills only when no skills were stated: on create, or an update naming both lists empty
        boolean creating = listing.getCreatedAt() == null;
        if (required.isEmpty() && nice.isEmpty() && (creating || (r.requiredSkills() != null && r.niceToHaveSkills() != null))) {
            ListingSkillSuggester.Suggestion s = suggester.suggest(r.title(), r.description());
            s.required().forEach(x -> required.add(new org.migracode.talent.index.listing.RequiredSkill(x.skill().value(), x.minLevel())));
            s.niceToHave().forEach(x -> nice.add(x.value()));
            listing.replaceRequiredSkills(required);
            listing.replaceNiceToHaveSkills(nice);
        } else {
            if (r.requiredSkills() != null) {
                listing.replaceRequiredSkills(required);
            }
            if (r.niceToHaveSkills() != null) {
                listing.replaceNiceToHaveSkills(nice);
            }
        }
        if (r.languages() != null) {
            Map<String, LanguageRequirement> languages = new LinkedHashMap<>();
            for (LanguageInput l : languageInputs) {
                String code = l.code().toLowerCase(Locale.ROOT);
                if (!ISO_LANGUAGES.contains(code)) {
                    throw new InvalidInputException("language.unknown", "''{0}'' is not an ISO 639-1 language code", l.code());
                }
                languages.put(code, new LanguageRequirement(code, l.level()));
            }
            listing.replaceLanguages(List.copyOf(languages.values()));
        }
        // a new listing that states no language: read them from its text ("Imprescindible castellano B2 e inglés B1")
        if (creating && languageInputs.isEmpty()) {
            List<LanguageRequirement> read = languageSuggester.suggest(String.join("\n", r.title() == null ? "" : r.title(),
                    r.description() == null ? "" : r.description())).stream()
                    .map(l -> new LanguageRequirement(l.code(), l.minLevel())).toList();
            if (!read.isEmpty()) {
                listing.replaceLanguages(read);
            }
        }
    }

    private SkillId resolve(String name) {
        return vocabulary.resolve(name).orElseThrow(() -> new InvalidInputException("skill.not-named",
                "''{0}'' does not name a skill (it needs a letter or digit and at most 80 characters)", abbreviate(name)));
    }

    private List<ListingView> views(List<Listing> page, Locale locale) {
        Map<UUID, String> names = new HashMap<>();
        companies.findAllById(page.stream().map(Listing::getCompanyId).distinct().toList())
                .forEach(c -> names.put(c.getId(), c.getName()));
        return page.stream().map(l -> view(l, names.get(l.getCompanyId()), locale)).toList();
    }

    private ListingView view(Listing l, Locale locale) {
        return view(l, companies.findById(l.getCompanyId()).map(Company::getName).orElse(null), locale);
    }

    private ListingView view(Listing l, String companyName, Locale locale) {
        return new ListingView(l.getId(), l.getCompanyId(), companyName, l.getType(), l.getTitle(), l.getDescription(),
                l.getStatus(),
                l.getRequiredSkills().stream().map(r -> new RequiredSkillView(r.getSkillId(),
                        label(SkillId.of(r.getSkillId()), locale), r.getMinLevel())).toList(),
                l.getNiceToHaveSkills().stream().map(n -> skillView(SkillId.of(n), locale)).toList(),
                l.getLanguages().stream().map(x -> new LanguageView(x.getCode(), x.getMinLevel())).toList(),
                l.getCity(), l.getRemotePolicy(), l.getStartDate(), l.getCreatedAt(), l.getUpdatedAt(), l.getVersion());
    }

    private MatchView matchView(int rank, RankedMatch m, String graduateName, String listingTitle, String companyName, Locale locale) {
        MatchExplanation e = m.explanation();
        double totalWeight = e.components().stream().mapToDouble(ScoreComponent::weight).sum();
        // a component with no input on either side has weight 0 in the explanation: nothing to show
        List<ComponentView> components = e.components().stream().filter(c -> c.weight() > 0).map(c -> new ComponentView(c.name().name(), c.weight(),
                c.value(), c.contribution(), totalWeight == 0 ? 0 : 100 * c.weight() / totalWeight)).toList();
        List<MatchedSkillView> matched = e.matchedSkills().stream().map(s -> new MatchedSkillView(s.required().value(),
                label(s.required(), locale), s.via().value(), label(s.via(), locale), s.kind().name(), s.level(), s.credit())).toList();
        return new MatchView(rank, UUID.fromString(m.graduateId()), graduateName, UUID.fromString(m.listingId()), listingTitle,
                companyName, e.score(), e.summary(locale), components, matched,
                e.missingRequired().stream().map(s -> skillView(s, locale)).toList(),
                e.languageGaps().stream().map(g -> new LanguageGapView(g.code(), g.required(), g.actual())).toList(),
                e.availabilityGapDays(), e.modelVersion());
    }

    private SkillView skillView(SkillId id, Locale locale) {
        return new SkillView(id.value(), label(id, locale));
    }

    private String label(SkillId id, Locale locale) {
        return vocabulary.taxonomy().label(id, locale);
    }

    /**
     * Graduates a coach released to the listing's company for this listing: a proposal a coach made,
     * or a recruiter's interest a coach confirmed, whatever stage it is in now.
     */
    private Set<UUID> releasedTo(UUID listingId) {
        return new java.util.HashSet<>(jdbc.queryForList("""
                select graduate_id from proposal
                 where listing_id = ? and (origin = 'COACH' or coach_confirmed_at is not null)""", UUID.class, listingId));
    }

    private void checkK(int k) {
        if (k < 1 || k > matching.maxTopK()) {
            throw new InvalidInputException("k.range", "k must be between 1 and {0}, got {1}", matching.maxTopK(), k);
        }
    }

    private static List<UUID> ids(RankedMatches ranked, Function<RankedMatch, String> id) {
        return ranked.matches().stream().map(id).map(UUID::fromString).distinct().toList();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The input rules for text (also applied to every request body and form already): no NUL, no control characters. */
    private static void noNul(String field, String value) {
        TextRules.check(field, value);
    }
}
