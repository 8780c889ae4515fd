package org.migracode.talent.index.matching;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.scoring.ChannelScores;
import org.migracode.talent.core.scoring.MatchExplanation;
import org.migracode.talent.core.scoring.MatchWeights;
import org.migracode.talent.core.scoring.MatchRanking;
import org.migracode.talent.core.scoring.MatchScorer;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.listings.Listing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two-stage matcher, both directions. Stage 1 ({@link CandidateRetriever},
 * {@link ListingRetriever}) retrieves and filters the best {@code rerank-depth} documents from the
 * index together with their stored match profiles; stage 2 ({@link MatchScorer}) re-scores each
 * of them cheaply, sorts by score then id, and explains the top {@code k}. No database row is
 * read for the candidates: everything stage 2 needs is in the index.
 *
 * <p>Both directions rank with the one top-k of {@link MatchRanking#topK(java.util.Collection,
 * Function, java.util.function.ToDoubleFunction, Function, int)}. {@code k} must be between 1 and
 * {@code talent.matching.max-top-k} ({@link MatchingProperties#requireTopK}); anything else is
 * refused with an {@link org.migracode.talent.core.input.InvalidInputException} (a 400 at the API),
 * never silently clamped.
 *
 * <p>Authorization (who may see which listing or graduate) is the caller's job; this service
 * only matches.
 */
@Service
public class MatchService {

    private final CandidateRetriever candidateRetriever;
    private final EmbeddingChannel embeddingChannel;
    private final ListingRetriever listingRetriever;
    private final MatchingProperties properties;
    private final EntityManager entityManager;
    private final SkillVocabulary vocabulary;
    private final DecodedProfiles decoded = new DecodedProfiles();
    private final MatchScorer scorer;
    private final Clock clock;
    private final Timer candidatesTimer;
    private final Timer listingsTimer;

    public MatchService(CandidateRetriever candidateRetriever, EmbeddingChannel embeddingChannel, ListingRetriever listingRetriever,
            MatchingProperties properties, EntityManager entityManager, SkillVocabulary vocabulary, ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meters) {
        this.vocabulary = vocabulary;
        this.candidateRetriever = candidateRetriever;
        this.embeddingChannel = embeddingChannel;
        this.listingRetriever = listingRetriever;
        this.properties = properties;
        this.entityManager = entityManager;
        this.scorer = new MatchScorer(vocabulary.taxonomy(), vocabulary.extractor(), properties.matchWeights());
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.candidatesTimer = timer(registry, "candidates-for-listing");
        this.listingsTimer = timer(registry, "listings-for-graduate");
    }

    private static Timer timer(MeterRegistry registry, String direction) {
        return Timer.builder("talent.match.latency").description("two-stage matching, retrieval to explanations")
                .tag("direction", direction).publishPercentileHistogram().register(registry);
    }

    /** The version string of the scorer and taxonomy, recorded with every match shown. */
    public String modelVersion() {
        return scorer.modelVersion();
    }

    /** Ranked graduates for a stored listing; empty when the listing does not exist. */
    @Transactional(readOnly = true)
    public Optional<RankedMatches> candidatesForListing(UUID listingId, int k) {
        Listing listing = entityManager.find(Listing.class, listingId);
        return Optional.ofNullable(listing).map(l -> candidatesTimer.record(
                () -> rankCandidates(MatchProfiles.listing(l, vocabulary), l.getCompanyId(), k, scorer, embeddingChannel.vectorOf(l))));
    }

    /** Ranked graduates for any listing profile (also one not stored, as when previewing a draft). */
    @Transactional(readOnly = true)
    public RankedMatches candidatesFor(ListingProfile listing, int k) {
        return candidatesTimer.record(() -> rankCandidates(listing, null, k, scorer, embeddingChannel.vectorOfDraft(listing)));
    }

    /**
     * As {@link #candidatesForListing(UUID, int)} scored with other weights: what {@code evaluate --ablate}
     * uses to switch components off one at a time on the same retrieval.
     */
    @Transactional(readOnly = true)
    public Optional<RankedMatches> candidatesForListing(UUID listingId, int k, MatchWeights weights) {
        Listing listing = entityManager.find(Listing.class, listingId);
        MatchScorer other = new MatchScorer(vocabulary.taxonomy(), vocabulary.extractor(), weights);
        return Optional.ofNullable(listing).map(l -> rankCandidates(MatchProfiles.listing(l, vocabulary), l.getCompanyId(), k, other,
                embeddingChannel.vectorOf(l)));
    }

    private RankedMatches rankCandidates(ListingProfile listing, UUID companyId, int k, MatchScorer scorer, float[] vector) {
        int top = properties.requireTopK(k);
        int depth = Math.max(properties.rerankDepth(), top);
        // the embedding channel's retrieval widens the union before the other channels' values are taken,
        // so those values cover the graduates only it found too; its in-memory scan runs beside the other
        // retrievals (Stage1Executor), its filter query after them
        CandidateRetriever.Stage1 stage1 = candidateRetriever.retrieveWithChannels(listing, companyId, depth,
                embeddingChannel.retrieval(listing, companyId, vector, depth));
        List<Stage1Hit> hits = stage1.hits();
        List<CandidateProfile> candidates = new ArrayList<>(hits.size());
        for (Stage1Hit hit : hits) {
            candidates.add(decoded.candidate(hit.matchProfile()));
        }
        Map<String, ChannelScores> channels = embeddingChannel.addTo(stage1.channels(), hits, vector);
        List<MatchExplanation> explained = MatchRanking.topKByChannels(scorer, listing, candidates,
                c -> channels.getOrDefault(c.id(), ChannelScores.NONE), today(), top);
        List<RankedMatch> matches = explained.stream().map(e -> new RankedMatch(e.candidateId(), listing.id(), e)).toList();
        return new RankedMatches(matches, hits.size(), scorer.modelVersion());
    }

    /** The best OPEN listings for a graduate; empty when the graduate does not exist. */
    @Transactional(readOnly = true)
    public Optional<RankedMatches> listingsForGraduate(UUID graduateId, int k) {
        return listingsTimer.record(() -> rankListings(graduateId, k));
    }

    private Optional<RankedMatches> rankListings(UUID graduateId, int k) {
        GraduateProfile graduate = entityManager.find(GraduateProfile.class, graduateId);
        if (graduate == null) {
            return Optional.empty();
        }
        int top = properties.requireTopK(k);
        CandidateProfile candidate = MatchProfiles.candidate(graduate, vocabulary);
        List<Stage1Hit> hits = listingRetriever.retrieve(candidate, vocabulary, graduate.getBlockedCompanies(),
                Math.max(properties.rerankDepth(), top));
        Map<String, ListingProfile> listings = new HashMap<>();
        for (Stage1Hit hit : hits) {
            listings.put(hit.id(), decoded.listing(hit.matchProfile()));
        }
        Map<String, Double> skillScores = reverseSkillsChannel(candidate, listings);
        Map<String, Double> relevance = listingRetriever.textRelevance(
                String.join("\n", nullToEmpty(graduate.getHeadline()), nullToEmpty(graduate.getSummary())), listings.keySet());
        LocalDate today = today();
        Function<String, ChannelScores> channels =
                id -> new ChannelScores(skillScores.isEmpty() ? Double.NaN : skillScores.getOrDefault(id, 0.0),
                        relevance.isEmpty() ? Double.NaN : relevance.getOrDefault(id, 0.0)); // no text of their own: no text channel
        List<RankedMatch> matches = MatchRanking.topK(listings.keySet(), id -> id,
                id -> scorer.quickScore(listings.get(id), candidate, channels.apply(id), today),
                id -> new RankedMatch(candidate.id(), id, scorer.score(listings.get(id), candidate, channels.apply(id), today)), top);
        return Optional.of(new RankedMatches(matches, hits.size(), scorer.modelVersion()));
    }

    /**
     * The skills channel in the graduate → listings direction: the skills of each listing's bag
     * ({@link ChannelQueries#skills}: its text's skills, its tagged ones) that the graduate has
     * (held, mentioned or implied), each weighing its idf over the retrieved listings (a skill few
     * listings ask for weighs more), divided by the best listing's sum. Empty when the graduate
     * has no skill or no listing shares one: the channel then has no input.
     */
    private Map<String, Double> reverseSkillsChannel(CandidateProfile candidate, Map<String, ListingProfile> listings) {
        Set<String> mine = new HashSet<>();
        vocabulary.withImplied(candidate.skills().stream().map(CandidateSkill::skill).toList()).forEach(id -> mine.add(id.value()));
        Map<String, Set<String>> bags = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        listings.forEach((id, l) -> {
            Set<String> bag = ChannelQueries.skills(l).keySet();
            bags.put(id, bag);
            bag.forEach(s -> df.merge(s, 1, Integer::sum));
        });
        int n = listings.size();
        Map<String, Double> raw = new HashMap<>();
        double best = 0;
        for (Map.Entry<String, Set<String>> e : bags.entrySet()) {
            double score = 0;
            for (String s : e.getValue()) {
                if (mine.contains(s)) {
                    int d = df.get(s);
                    score += Math.log(1 + (n - d + 0.5) / (d + 0.5));
                }
            }
            raw.put(e.getKey(), score);
            best = Math.max(best, score);
        }
        Map<String, Double> values = new HashMap<>();
        if (best > 0) {
            for (Map.Entry<String, Double> e : raw.entrySet()) {
                values.put(e.getKey(), Math.min(1.0, e.getValue() / best));
            }
        }
        return values;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
