package org.migracode.talent.portal.listings;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.scoring.MatchExplanation;
import org.migracode.talent.core.scoring.ScoreComponent;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.matching.RankedMatch;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.migracode.talent.portal.listings.ListingView.LanguageView;
import org.migracode.talent.portal.listings.ListingView.RequiredSkillView;
import org.migracode.talent.portal.listings.ListingView.SkillView;
import org.migracode.talent.portal.listings.MatchesView.ComponentView;
import org.migracode.talent.portal.listings.MatchesView.LanguageGapView;
import org.migracode.talent.portal.listings.MatchesView.MatchView;
import org.migracode.talent.portal.listings.MatchesView.MatchedSkillView;
import org.springframework.stereotype.Component;

/** Listings and matches as the API and pages show them, with skill labels in the viewer's language. */
@Component
class ListingViews {

    private final CompanyRepository companies;
    private final SkillVocabulary vocabulary;

    ListingViews(CompanyRepository companies, SkillVocabulary vocabulary) {
        this.companies = companies;
        this.vocabulary = vocabulary;
    }

    /** A page of listings, with their companies' names read in one query. */
    List<ListingView> views(List<Listing> page, Locale locale) {
        Map<UUID, String> names = companyNames(page);
        return page.stream().map(l -> view(l, names.get(l.getCompanyId()), locale)).toList();
    }

    /** Company names by id for the listings' companies. */
    Map<UUID, String> companyNames(List<Listing> listings) {
        return companyNamesById(listings.stream().map(Listing::getCompanyId).distinct().toList());
    }

    /** Company names by id. */
    Map<UUID, String> companyNamesById(List<UUID> companyIds) {
        Map<UUID, String> names = new HashMap<>();
        companies.findAllById(companyIds).forEach(c -> names.put(c.getId(), c.getName()));
        return names;
    }

    ListingView view(Listing l, Locale locale) {
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

    MatchView matchView(int rank, RankedMatch m, String graduateName, String listingTitle, String companyName, Locale locale) {
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

    SkillView skillView(SkillId id, Locale locale) {
        return new SkillView(id.value(), label(id, locale));
    }

    String label(SkillId id, Locale locale) {
        return vocabulary.taxonomy().label(id, locale);
    }
}
