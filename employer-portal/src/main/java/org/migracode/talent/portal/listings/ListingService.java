package org.migracode.talent.portal.listings;

import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.core.input.InvalidInputException;
import org.migracode.talent.core.input.Paging;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.extraction.ListingSkillSuggester;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingClosed;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.ListingStatus;
import org.migracode.talent.index.listings.ListingTitle;
import org.migracode.talent.index.matching.MatchingProperties;
import org.migracode.talent.portal.listings.ListingView.RequiredSkillView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.migracode.talent.portal.school.RankingPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
 * The rules themselves are {@link ListingAccess}'s; {@link ListingEditor} writes requests onto
 * listings, {@link ListingViews} maps them, {@link ListingMatches} ranks; this class keeps the use
 * cases, their roles and transactions.
 */
@Service
@Transactional
class ListingService {

    static final int MAX_PAGE_SIZE = 100;

    private final ListingRepository listings;
    private final CompanyRepository companies;
    private final MatchingProperties matching;
    private final ApplicationEventPublisher events;
    private final ListingAccess access;
    private final ListingEditor editor;
    private final ListingViews views;
    private final ListingMatches matches;

    ListingService(ListingRepository listings, CompanyRepository companies, MatchingProperties matching,
            ApplicationEventPublisher events, ListingAccess access, ListingEditor editor, ListingViews views, ListingMatches matches) {
        this.listings = listings;
        this.companies = companies;
        this.matching = matching;
        this.events = events;
        this.access = access;
        this.editor = editor;
        this.views = views;
        this.matches = matches;
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
            Map<UUID, String> names = views.companyNames(all);
            List<Listing> kept = all.stream().filter(l -> filter.accepts(l, names.get(l.getCompanyId())))
                    .sorted(filter.order(names)).toList();
            return slice(kept, page, size, locale);
        }
        if (viewer.staff()) {
            Page<Listing> p = listings.findAll(PageRequest.of(page, size,
                    Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
            return new ListingPage(views.views(p.getContent(), locale), page, size, p.getTotalElements(), p.getTotalPages());
        }
        List<Listing> own = listings.findByCompanyIdOrderByCreatedAtDesc(viewer.companyId());
        return slice(own, page, size, locale);
    }

    /** One page of a list already in memory. */
    private ListingPage slice(List<Listing> all, int page, int size, Locale locale) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new ListingPage(views.views(all.subList(from, to), locale), page, size, all.size(), (all.size() + size - 1) / size);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ListingView get(Viewer viewer, UUID id, Locale locale) {
        return views.view(access.visible(viewer, id), locale);
    }

    /**
     * The viewer's listings in {@code status} as titles, newest first (the listing pages' default order), and
     * without loading a listing: the home page's counts and lines.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<ListingTitle> titles(Viewer viewer, ListingStatus status) {
        List<ListingTitle> all = viewer.staff() ? listings.findAllTitles() : listings.findTitlesByCompanyId(viewer.companyId());
        return all.stream().filter(l -> l.status() == status).sorted(ListingTitle.NEWEST).toList();
    }

    /** Company names by id, for {@link #titles}. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<UUID, String> companyNames(List<ListingTitle> titles) {
        return views.companyNamesById(titles.stream().map(ListingTitle::companyId).distinct().toList());
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
        return companies.namesInNameOrder();
    }

    // --- writing --------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView create(Viewer viewer, ListingRequest request, Locale locale) {
        UUID companyId = access.companyFor(viewer, request.companyId());
        Listing listing = new Listing(UUID.randomUUID(), companyId, request.typeOrDefault(), request.title());
        editor.apply(listing, request);
        return views.view(listings.saveAndFlush(listing), locale);
    }

    /** Replaces everything the request names; the request's {@code version} must be the stored one. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView update(Viewer viewer, UUID id, ListingRequest request, Locale locale) {
        Listing listing = access.manageable(viewer, id);
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
        editor.apply(listing, request);
        listings.flush();
        return views.view(listing, locale);
    }

    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView open(Viewer viewer, UUID id, Locale locale) {
        Listing listing = access.manageable(viewer, id);
        listing.open();
        listings.flush();
        return views.view(listing, locale);
    }

    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView close(Viewer viewer, UUID id, Locale locale) {
        Listing listing = access.manageable(viewer, id);
        close(viewer, listing);
        listings.flush();
        return views.view(listing, locale);
    }

    /**
     * Deletes a DRAFT (nobody has seen it); closes an OPEN or CLOSED listing instead, so that
     * matches and proposals that refer to it keep their meaning.
     *
     * @return the closed listing, or {@code null} when the draft was deleted
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    public ListingView delete(Viewer viewer, UUID id, Locale locale) {
        Listing listing = access.manageable(viewer, id);
        if (listing.getStatus() == ListingStatus.DRAFT) {
            listings.delete(listing);
            return null;
        }
        close(viewer, listing);
        listings.flush();
        return views.view(listing, locale);
    }

    /** The skills a title and description suggest, with spans for highlighting. Reads nothing stored. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public SkillPreview preview(PreviewRequest request, Locale locale) {
        ListingSkillSuggester.Suggestion s = editor.suggest(request.title(), request.description());
        return new SkillPreview(
                s.required().stream().map(r -> new RequiredSkillView(r.skill().value(), views.label(r.skill(), locale), r.minLevel())).toList(),
                s.niceToHave().stream().map(n -> views.skillView(n, locale)).toList(),
                s.highlights().stream().map(h -> new SkillPreview.Highlight(h.skill().value(), views.label(h.skill(), locale),
                        h.field().name(), h.start(), h.end(), h.matched(), h.niceToHave())).toList());
    }

    // --- matching -------------------------------------------------------------------------

    /**
     * The listing's best graduates, for viewers who may manage the listing: only those the listing's
     * company may see ({@link GraduateAccess}), whoever looks — staff propose from this list. With the
     * school's ranking policy {@link RankingPolicy#RELEASED} a recruiter sees only the graduates a
     * coach released to them for this listing ({@link ListingMatches}), searched among the ranking's
     * top {@code talent.matching.max-top-k} so that a released graduate further down still shows;
     * coaches and admins always see everyone.
     */
    @PreAuthorize("hasAnyRole('RECRUITER', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public MatchesView matchesForListing(Viewer viewer, UUID id, int k, Locale locale) {
        return matches.forListing(viewer, id, k, locale);
    }

    /** A graduate's best OPEN listings: for the graduate themself, coaches and admins. */
    @PreAuthorize("hasAnyRole('GRADUATE', 'COACH', 'ADMIN')")
    @Transactional(readOnly = true)
    public MatchesView matchesForGraduate(Viewer viewer, UUID graduateId, int k, Locale locale) {
        return matches.forGraduate(viewer, graduateId, k, locale);
    }

    /** Closes the listing and tells whoever listens (its open proposals move to LISTING_CLOSED), in this transaction. */
    private void close(Viewer viewer, Listing listing) {
        boolean wasClosed = listing.getStatus() == ListingStatus.CLOSED;
        listing.close();
        if (!wasClosed) {
            events.publishEvent(new ListingClosed(listing.getId(), listing.getCompanyId(), viewer.accountId()));
        }
    }
}
