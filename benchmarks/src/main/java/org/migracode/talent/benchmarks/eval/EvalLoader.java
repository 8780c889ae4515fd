package org.migracode.talent.benchmarks.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.core.extraction.ListingSkillSuggester;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.index.graduates.PortfolioProject;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingRepository;
import org.migracode.talent.index.listings.RequiredSkill;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a data set through the product's own path: entities saved with JPA, indexed by
 * Hibernate Search on commit, skills resolved through the taxonomy. A listing that names no
 * skill gets the required and nice-to-have skills its title and description name
 * ({@code ListingSkillSuggester}), as the portal does when a recruiter saves a listing without
 * tagging any. Candidates are consenting, active and open to both
 * jobs and internships (the data set does not say otherwise).
 */
final class EvalLoader {

    private final GraduateRepository graduates;
    private final ListingRepository listings;
    private final CompanyRepository companies;
    private final TransactionTemplate tx;
    private final SkillVocabulary vocabulary = SkillVocabulary.shared();

    EvalLoader(GraduateRepository graduates, ListingRepository listings, CompanyRepository companies, TransactionTemplate tx) {
        this.graduates = graduates;
        this.listings = listings;
        this.companies = companies;
        this.tx = tx;
    }

    /** Saves everything; returns the entity id of every data-set id (listings and candidates). */
    Map<String, UUID> load(EvalDataset data) {
        Map<String, UUID> ids = new HashMap<>();
        UUID company = tx.execute(s -> companies.save(new Company(stableId(data, "company", data.name()), "Evaluation " + data.name(), null)).getId());
        List<GraduateProfile> batch = new ArrayList<>();
        for (EvalCandidate c : data.candidates()) {
            GraduateProfile g = graduate(c, stableId(data, "candidate", c.id()));
            ids.put(c.id(), g.getId());
            batch.add(g);
            if (batch.size() == 500) {
                save(batch);
            }
        }
        save(batch);
        tx.executeWithoutResult(s -> {
            for (EvalListing l : data.listings()) {
                Listing listing = listing(l, company, stableId(data, "listing", l.id()));
                ids.put(l.id(), listing.getId());
                listings.save(listing);
            }
        });
        return ids;
    }

    private void save(List<GraduateProfile> batch) {
        if (!batch.isEmpty()) {
            List<GraduateProfile> copy = List.copyOf(batch);
            tx.executeWithoutResult(s -> graduates.saveAll(copy));
            batch.clear();
        }
    }

    /**
     * The same entity id for the same data-set item in every run (name-based UUID), so that ties,
     * broken by id, fall the same way each time and two runs print the same figures.
     */
    static UUID stableId(EvalDataset data, String kind, String id) {
        return UUID.nameUUIDFromBytes((data.name() + "\u0000" + kind + "\u0000" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private GraduateProfile graduate(EvalCandidate c, UUID entityId) {
        GraduateProfile g = new GraduateProfile(entityId, "Candidate " + c.id());
        g.setHeadline(c.headline());
        g.setSummary(c.summary());
        g.setCity(c.location());
        g.setRemotePreference(c.remote() == null ? RemotePreference.ANY : RemotePreference.valueOf(c.remote()));
        g.setAvailableFrom(c.availableFrom());
        g.setVisibleToEmployers(true);
        g.setActive(true);
        g.setWantedTypes(true, true);
        for (EvalCandidate.EvalSkill s : c.skills()) {
            vocabulary.resolve(s.name()).ifPresent(id -> g.putSkill(id.value(),
                    s.level() == null ? org.migracode.talent.core.profile.CandidateSkill.DEFAULT_LEVEL : s.level(), SkillSource.DECLARED));
        }
        for (EvalCandidate.EvalProject p : c.projects()) {
            List<String> technologies = new ArrayList<>();
            p.technologies().forEach(t -> vocabulary.resolve(t).ifPresent(id -> technologies.add(id.value())));
            String title = p.title() == null || p.title().isBlank() ? "Project" : p.title();
            g.addProject(new PortfolioProject(title, p.description(), null, technologies));
        }
        for (EvalLanguage l : c.languages()) {
            isoCode(l.code()).ifPresent(code -> g.putLanguage(code, Cefr.parse(l.level())));
        }
        return g;
    }

    /** "en", "EN", "en-GB" → "en"; anything else is not an ISO 639-1 code and is skipped. */
    static java.util.Optional<String> isoCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (c.matches("[a-z]{2}([-_].*)?")) {
            return java.util.Optional.of(c.substring(0, 2));
        }
        return java.util.Optional.empty();
    }

    private Listing listing(EvalListing l, UUID company, UUID entityId) {
        ListingType type = l.type() == null ? ListingType.JOB : ListingType.valueOf(l.type());
        Listing listing = new Listing(entityId, company, type, l.title());
        listing.setDescription(l.description());
        listing.setCity(l.location());
        listing.setRemotePolicy(l.remote() == null ? RemotePolicy.ONSITE : RemotePolicy.valueOf(l.remote()));
        listing.setStartDate(l.startDate());
        Set<SkillId> required = new LinkedHashSet<>();
        l.requiredSkills().forEach(s -> vocabulary.resolve(s).ifPresent(required::add));
        Set<SkillId> nice = new LinkedHashSet<>();
        l.niceToHaveSkills().forEach(s -> vocabulary.resolve(s).ifPresent(nice::add));
        if (required.isEmpty() && nice.isEmpty()) {
            ListingSkillSuggester.Suggestion suggested = vocabulary.listingSkillSuggester().suggest(l.title(), l.description());
            suggested.required().forEach(r -> required.add(r.skill()));
            nice.addAll(suggested.niceToHave());
        }
        listing.replaceRequiredSkills(required.stream()
                .map(id -> new RequiredSkill(id.value(), org.migracode.talent.core.profile.RequiredSkill.DEFAULT_MIN_LEVEL)).toList());
        listing.replaceNiceToHaveSkills(nice.stream().map(SkillId::value).toList());
        for (EvalLanguage lang : l.languages()) {
            isoCode(lang.code()).ifPresent(code -> listing.putLanguage(code, Cefr.parse(lang.level())));
        }
        listing.open();
        return listing;
    }
}
