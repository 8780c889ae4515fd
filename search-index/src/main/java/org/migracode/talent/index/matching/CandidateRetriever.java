package org.migracode.talent.index.matching;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.scoring.ChannelScores;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.access.GraduateAccess;
import org.migracode.talent.index.graduates.GraduateIndexFields;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.springframework.stereotype.Component;

/**
 * Stage 1 of matching a listing to graduates: Hibernate Search queries (no backend-specific API,
 * so they run on Lucene and Elasticsearch alike) that filter to graduates the listing's company
 * may see ({@link GraduateAccess}: consented, active, not blocking it), who want this kind of listing, are available by the start date (or within
 * {@link #AVAILABILITY_SLACK_DAYS} days of it) and each retrieve
 * their own best {@code limit}, equal scores by graduate id:
 * <ul>
 *   <li>structured skills: each required skill counts {@value #HELD_BOOST} when held (directly or
 *       implied) and {@value #MENTIONED_BOOST} when only mentioned in the graduate's text; a
 *       nice-to-have counts {@value #NICE_BOOST}. With three or more required skills a graduate
 *       must have at least two (one when fewer than {@code limit} qualify). A listing without
 *       skills retrieves by its title words instead;</li>
 *   <li>the skills channel: BM25 over the graduates' skill bags with the listing's own bag;</li>
 *   <li>the full-text channel: BM25 over the graduates' whole text with the listing's words
 *       ({@link ChannelQueries}).</li>
 * </ul>
 * The union is what stage 2 re-scores, cut to the depth by reciprocal-rank votes ({@link #fuse});
 * {@link #channelScores} gives both channels' values for it.
 */
@Component
public class CandidateRetriever {

    static final int AVAILABILITY_SLACK_DAYS = 90;
    static final float HELD_BOOST = 4f;
    static final float MENTIONED_BOOST = 2f;
    static final float NICE_BOOST = 1f;
    /** Distinct words of a listing used as text query: 3 fields × 200 stays under Lucene's 1,024 clauses. */
    static final int TEXT_TERMS = 200;
    /** The constant of reciprocal-rank fusion (Cormack et al. 2009), not tuned. */
    static final int RRF_K = 60;
    /**
     * What each retrieval's vote weighs when the union is cut to the depth ({@link #fuse}): the
     * default weights of the stage-2 components it feeds (structured: required skills 0.12 +
     * nice-to-have 0.03; skills, full text, similar wording 0.30 each), so the cut keeps whom
     * stage 2 would rank high. Fixed, not tuned.
     */
    static final double[] VOTES = {0.15, 0.30, 0.30, 0.30};
    /** The graduate's headline as indexed for recruiter search. */
    static final String HEADLINE = "headline";

    /** Fewer ids than this are read in one query: splitting them would cost more than it saves. */
    static final int SPLIT_READ_FROM = 64;

    private final EntityManager entityManager;
    private final Stage1Executor executor;
    private final StoredGraduateFields stored;

    public CandidateRetriever(EntityManager entityManager, Stage1Executor executor, StoredGraduateFields stored) {
        this.entityManager = entityManager;
        this.executor = executor;
        this.stored = stored;
    }

    /** At most {@code limit} graduates for {@code listing}, best first. */
    public List<Stage1Hit> retrieve(ListingProfile listing, int limit) {
        return retrieve(listing, null, limit);
    }

    /**
     * At most {@code limit} graduates for {@code listing} of company {@code companyId}, best first;
     * graduates who blocked that company are never retrieved. {@code companyId} null: nobody is excluded
     * for blocking (a draft not yet tied to a company).
     */
    public List<Stage1Hit> retrieve(ListingProfile listing, UUID companyId, int limit) {
        return retrieveWithChannels(listing, companyId, limit).hits();
    }

    /**
     * Stage 1 with the channels' values for the union it retrieved: what {@link #channelScores}
     * computes, but from the retrieval's own scores. Each channel retrieves its own best
     * {@code limit}; a channel's value for a graduate of the union is the reciprocal rank of its
     * BM25 score within the union. A graduate that a channel did not retrieve either does not
     * match it (when the channel returned fewer than {@code limit}, it returned every eligible
     * match, and everyone in the union is eligible) or scores at most the channel's last hit: only
     * then, and only for those graduates, is the channel's predicate scored again, over just their
     * ids. The title channel needs each graduate's "has a headline", read from the index with the
     * match profile ({@link GraduateIndexFields#HAS_HEADLINE}).
     */
    public Stage1 retrieveWithChannels(ListingProfile listing, UUID companyId, int limit) {
        return retrieveWithChannels(listing, companyId, limit, ids -> List.of());
    }

    /**
     * As {@link #retrieveWithChannels(ListingProfile, UUID, int)}, with {@code another} adding one more
     * channel's retrieval (the embedding channel's, under the same filters): given the ids the
     * other retrievals found (all of them eligible), it returns its own best {@code limit} eligible
     * graduates, best first, ids and scores only.
     *
     * <p>The union stage 2 re-scores is at most {@code limit} graduates: each retrieval's list
     * (structured, skills, full text, the other channel) votes for its members by reciprocal rank,
     * {@code 1/(k + r)} with k = {@value #RRF_K}, equal weights, and the {@code limit} graduates with
     * the most votes (equal votes by id) are kept ({@link #fuse}). Before, the union of four lists of
     * {@code limit} was re-scored whole (about 800 at 10,000 graduates, every one read from the
     * index and scored), so a request cost 2.7 times what one list of 300 did. Whoever leaves is low
     * in every list, so reaches the top 20 of the fused score only in theory (docs/matching.md
     * "Union budget").
     */
    public Stage1 retrieveWithChannels(ListingProfile listing, UUID companyId, int limit,
            Function<Set<String>, List<Stage1Hit>> another) {
        return retrieveWithChannels(listing, companyId, limit, () -> another);
    }

    /**
     * As {@link #retrieveWithChannels(ListingProfile, UUID, int, Function)}, with the other channel
     * in two steps: {@link OtherChannel#start()}, which needs nothing from the other retrievals, runs
     * beside them, and the step it returns gets the ids they found.
     *
     * <p>The independent parts run side by side on the {@link Stage1Executor} (issue #14): the
     * other channel's start, the structured query, the skills and the full-text channel; then the
     * other channel's filter step; then the stored fields of the union, read in two halves; then
     * the skills, full-text and title channels' values. Each part's result is merged in the fixed
     * order of the sequential code, so the result does not depend on which thread ran what, and is
     * the sequential code's (with {@value Stage1Executor#THREADS} 0 or 1 it is that code, everything
     * on the caller's thread).
     */
    public Stage1 retrieveWithChannels(ListingProfile listing, UUID companyId, int limit, OtherChannel another) {
        Map<String, Integer> skills = ChannelQueries.skills(listing);
        Function<SearchPredicateFactory, PredicateFinalStep> skillsPredicate = f -> weighted(f, GraduateIndexFields.SKILL_BAG, skills);
        Map<String, Integer> text = ChannelQueries.text(listing);
        Function<SearchPredicateFactory, PredicateFinalStep> textPredicate = f -> weighted(f, GraduateIndexFields.ALL_TEXT_PLAIN, text);
        // the longest pure-CPU part first, so that it gets a worker
        Stage1Executor.Pending<Function<Set<String>, List<Stage1Hit>>> otherStarted = executor.fork(em -> another.start());
        Stage1Executor.Pending<List<Stage1Hit>> structured = executor.fork(em -> structured(em, listing, companyId, limit));
        Stage1Executor.Pending<List<Stage1Hit>> skillsRetrieved = skills.isEmpty() ? Stage1Executor.done(List.of())
                : executor.fork(em -> channel(em, listing, companyId, skillsPredicate, limit));
        Stage1Executor.Pending<List<Stage1Hit>> textRetrieved = text.isEmpty() ? Stage1Executor.done(List.of())
                : executor.fork(em -> channel(em, listing, companyId, textPredicate, limit));
        List<Stage1Hit> hits = structured.join();
        List<Stage1Hit> skillHits = skillsRetrieved.join();
        List<Stage1Hit> textHits = textRetrieved.join();
        Set<String> found = new java.util.HashSet<>();
        for (List<Stage1Hit> list : List.of(hits, skillHits, textHits)) {
            list.forEach(h -> found.add(h.id()));
        }
        List<Stage1Hit> otherHits = otherStarted.join().apply(java.util.Collections.unmodifiableSet(found));
        Map<String, Stage1Hit> union = fuse(List.of(hits, skillHits, textHits, otherHits), VOTES, limit);
        withProfiles(union);

        Set<String> ids = union.keySet();
        Stage1Executor.Pending<Map<String, Double>> skillRanks = skills.isEmpty() ? Stage1Executor.done(null)
                : executor.fork(em -> ranks(em, skillHits, limit, ids, skillsPredicate));
        Stage1Executor.Pending<Map<String, Double>> textRanks = text.isEmpty() ? Stage1Executor.done(null)
                : executor.fork(em -> ranks(em, textHits, limit, ids, textPredicate));
        String title = listing.title() == null ? "" : listing.title().strip();
        List<String> withHeadline = union.values().stream().filter(Stage1Hit::headlinePresent).map(Stage1Hit::id).toList();
        Map<String, Double> h = title.isEmpty() || withHeadline.isEmpty() ? Map.of()
                : TextRelevance.reciprocalRanks(entityManager, GraduateProfile.class, withHeadline,
                        f -> f.match().field(HEADLINE).matching(title), RRF_K);
        Map<String, Double> s = skillRanks.join();
        Map<String, Double> t = textRanks.join();
        Map<String, ChannelScores> scores = new LinkedHashMap<>();
        for (Stage1Hit hit : union.values()) {
            String id = hit.id();
            double titleValue = title.isEmpty() || !hit.headlinePresent() ? Double.NaN : h.getOrDefault(id, 0.0);
            scores.put(id, new ChannelScores(s == null ? Double.NaN : s.getOrDefault(id, 0.0),
                    t == null ? Double.NaN : t.getOrDefault(id, 0.0), titleValue));
        }
        return new Stage1(List.copyOf(union.values()), scores);
    }

    /**
     * The union of {@code lists}, at most {@code limit} of it: reciprocal-rank votes ({@code 1/(k + r)},
     * k = {@value #RRF_K}, r from 1) summed over the lists, most votes first, equal votes by id.
     * A graduate's hit is the one of the first list that has it (the structured query's first),
     * so its retrieval score stays that list's.
     */
    static Map<String, Stage1Hit> fuse(List<List<Stage1Hit>> lists, double[] weights, int limit) {
        Map<String, Stage1Hit> first = new HashMap<>();
        Map<String, Double> votes = new HashMap<>();
        for (int l = 0; l < lists.size(); l++) {
            List<Stage1Hit> list = lists.get(l);
            for (int r = 0; r < list.size(); r++) {
                Stage1Hit hit = list.get(r);
                first.putIfAbsent(hit.id(), hit);
                votes.merge(hit.id(), weights[l] / (RRF_K + r + 1), Double::sum);
            }
        }
        List<String> ids = new java.util.ArrayList<>(votes.keySet());
        ids.sort(java.util.Comparator.<String>comparingDouble(votes::get).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        Map<String, Stage1Hit> union = new LinkedHashMap<>();
        for (String id : ids.subList(0, Math.min(limit, ids.size()))) {
            union.put(id, first.get(id));
        }
        return union;
    }

    /**
     * A channel's reciprocal ranks over {@code ids} from its retrieval {@code hits}: their own
     * scores, plus (only when the retrieval was cut at {@code limit}) the scores of the other ids,
     * from one query over just those ids.
     */
    private static Map<String, Double> ranks(EntityManager entityManager, List<Stage1Hit> hits, int limit, Set<String> ids,
            Function<SearchPredicateFactory, PredicateFinalStep> predicate) {
        Map<String, Double> raw = new HashMap<>();
        for (Stage1Hit hit : hits) {
            if (ids.contains(hit.id())) { // ranks within the union: the cut may have left some of the channel's hits out
                raw.put(hit.id(), (double) hit.retrievalScore());
            }
        }
        if (hits.size() >= limit) {
            List<String> rest = ids.stream().filter(id -> !raw.containsKey(id)).toList();
            raw.putAll(TextRelevance.raw(entityManager, GraduateProfile.class, rest, predicate));
        }
        return TextRelevance.reciprocalRanks(raw, RRF_K);
    }

    /**
     * What stage 1 hands to stage 2: the fused union of the retrievals (at most the depth, most
     * reciprocal-rank votes first, {@link #fuse}) and every channel's value for each of them.
     */
    public record Stage1(List<Stage1Hit> hits, Map<String, ChannelScores> channels) {
    }

    /**
     * One more channel's retrieval in two steps (the embedding channel's,
     * {@link EmbeddingChannel#retrieval}): {@link #start()} needs nothing from the other retrievals
     * and may run on a {@link Stage1Executor} worker while they query the index, so it must not use
     * the request's {@link EntityManager}; the step it returns gets the ids they found (all of them
     * eligible) and runs on the caller's thread, returning the channel's own best {@code limit}
     * eligible graduates, best first, ids and scores only.
     */
    @FunctionalInterface
    public interface OtherChannel {

        Function<Set<String>, List<Stage1Hit>> start();
    }

    /**
     * The two text channels' values for each of {@code ids}, by reciprocal rank within them: the
     * channel's r-th best is worth {@code (k + 1)/(k + r)} with k = {@value #RRF_K} (the usual
     * constant of reciprocal-rank fusion), so the best is 1 and an id the channel does not match
     * at all is 0. Fused with equal weights in stage 2 this is reciprocal-rank fusion; it beat a
     * min–max normalisation of the raw BM25 scores on all three open sets (docs/matching.md).
     * A channel with no input (no known skill named, no word) is NaN for everyone, so its
     * component takes no weight. Every id of {@code ids} has an entry; equal scores rank by id.
     *
     * <p>The title channel (matcher-3) ranks, the same way, the ids with a non-blank headline by
     * BM25 of the listing's title over the {@code headline} field alone; an id without a headline
     * (a pasted CV) or a listing without a title gives NaN, so the component takes no weight there.
     */
    public Map<String, ChannelScores> channelScores(ListingProfile listing, Collection<String> ids) {
        Map<String, Integer> skills = ChannelQueries.skills(listing);
        Map<String, Integer> text = ChannelQueries.text(listing);
        Map<String, Double> s = skills.isEmpty() ? null : TextRelevance.reciprocalRanks(entityManager, GraduateProfile.class, ids,
                f -> weighted(f, GraduateIndexFields.SKILL_BAG, skills), RRF_K);
        Map<String, Double> t = text.isEmpty() ? null : TextRelevance.reciprocalRanks(entityManager, GraduateProfile.class, ids,
                f -> weighted(f, GraduateIndexFields.ALL_TEXT_PLAIN, text), RRF_K);
        Map<String, String> headlines = headlines(ids);
        String title = listing.title() == null ? "" : listing.title().strip();
        Map<String, Double> h = title.isEmpty() || headlines.isEmpty() ? Map.of()
                : TextRelevance.reciprocalRanks(entityManager, GraduateProfile.class, headlines.keySet(),
                        f -> f.match().field(HEADLINE).matching(title), RRF_K);
        Map<String, ChannelScores> scores = new LinkedHashMap<>();
        for (String id : ids) {
            String headline = headlines.get(id);
            double titleValue = title.isEmpty() || headline == null ? Double.NaN : h.getOrDefault(id, 0.0);
            scores.put(id, new ChannelScores(s == null ? Double.NaN : s.getOrDefault(id, 0.0),
                    t == null ? Double.NaN : t.getOrDefault(id, 0.0), titleValue));
        }
        return scores;
    }

    /** The non-blank headlines of {@code ids}, by id (ids without one have no entry). */
    private Map<String, String> headlines(Collection<String> ids) {
        Map<String, String> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        List<UUID> uuids = ids.stream().map(UUID::fromString).toList();
        for (int from = 0; from < uuids.size(); from += 1000) {
            List<Object[]> rows = entityManager.createQuery(
                    "select g.id, g.headline from GraduateProfile g where g.id in :ids", Object[].class)
                    .setParameter("ids", uuids.subList(from, Math.min(uuids.size(), from + 1000)))
                    .getResultList();
            for (Object[] row : rows) {
                String headline = (String) row[1];
                if (headline != null && !headline.isBlank()) {
                    result.put(row[0].toString(), headline);
                }
            }
        }
        return result;
    }

    /**
     * What every graduate retrieval of stage 1 reads per hit: id, score, match profile, "has a
     * headline" and the stored int8 sentence embedding (all stored fields of one document).
     */
    static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<Stage1Hit> hitProjection(
            org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(f.id(UUID.class), f.score(), f.field(GraduateIndexFields.MATCH_PROFILE, String.class),
                        f.field(GraduateIndexFields.HAS_HEADLINE, Boolean.class),
                        f.field(GraduateIndexFields.WORDING_VECTOR, String.class))
                .asList(CandidateRetriever::hit);
    }

    /**
     * A retrieval's hit before its stored fields are read: the channels retrieve ids and scores
     * only (the id comes from doc values), and {@link #withProfiles} reads the stored fields
     * ({@link #hitProjection}) once per graduate of the union. Reading them in every retrieval
     * decompressed the same stored block up to four times per graduate: two thirds of a request's
     * samples in the JFR profile of docs/performance.md ("Stored fields once per graduate").
     */
    static Stage1Hit ranked(UUID id, Float score) {
        return new Stage1Hit(id.toString(), score, null, false, null);
    }

    /**
     * Fills in, in place, the stored fields of every hit of {@code union} that was retrieved
     * without them, keeping each hit's retrieval score: from {@link StoredGraduateFields} where it
     * holds them, the others in one query over just their ids (and kept there for the next
     * request); a graduate the index no longer has (erased since a channel read it) leaves the union.
     */
    void withProfiles(Map<String, Stage1Hit> union) {
        Map<String, StoredGraduateFields.Fields> found = new HashMap<>();
        List<UUID> missing = new java.util.ArrayList<>();
        for (Stage1Hit hit : union.values()) {
            if (hit.matchProfile() == null) {
                StoredGraduateFields.Fields held = stored.get(hit.id());
                if (held == null) {
                    missing.add(UUID.fromString(hit.id()));
                } else {
                    found.put(hit.id(), held);
                }
            }
        }
        if (!missing.isEmpty()) {
            long stamp = stored.stamp();
            Map<String, StoredGraduateFields.Fields> read = new HashMap<>();
            if (executor.parallel() && missing.size() >= SPLIT_READ_FROM) {
                // two halves read side by side (the decompression of the stored blocks is the cost)
                List<UUID> first = missing.subList(0, missing.size() / 2);
                Stage1Executor.Pending<List<Stage1Hit>> firstRead = executor.fork(em -> storedFields(em, first));
                List<Stage1Hit> second = storedFields(entityManager, missing.subList(first.size(), missing.size()));
                firstRead.join().forEach(h -> read.put(h.id(), fields(h)));
                second.forEach(h -> read.put(h.id(), fields(h)));
            } else {
                storedFields(entityManager, missing).forEach(h -> read.put(h.id(), fields(h)));
            }
            stored.read(stamp, read);
            found.putAll(read);
        }
        union.replaceAll((id, hit) -> {
            if (hit.matchProfile() != null) {
                return hit;
            }
            StoredGraduateFields.Fields fields = found.get(id);
            return fields == null ? null
                    : new Stage1Hit(id, hit.retrievalScore(), fields.matchProfile(), fields.headlinePresent(), fields.wordingVector());
        });
        union.values().removeIf(java.util.Objects::isNull);
    }

    private static StoredGraduateFields.Fields fields(Stage1Hit hit) {
        return new StoredGraduateFields.Fields(hit.matchProfile(), hit.headlinePresent(), hit.wordingVector());
    }

    /** The stored fields ({@link #hitProjection}) of {@code ids} that the index has, in one query. */
    private static List<Stage1Hit> storedFields(EntityManager entityManager, List<UUID> ids) {
        return Search.session(entityManager).search(GraduateProfile.class)
                .select(CandidateRetriever::hitProjection)
                .where(f -> f.id().matchingAny(ids))
                .fetchHits(ids.size());
    }

    static Stage1Hit hit(List<?> projected) {
        return new Stage1Hit(projected.get(0).toString(), (Float) projected.get(1), (String) projected.get(2),
                Boolean.TRUE.equals(projected.get(3)), (String) projected.get(4));
    }

    /** One channel's best {@code limit} eligible graduates, equal scores by id. */
    private static List<Stage1Hit> channel(EntityManager entityManager, ListingProfile listing, UUID companyId,
            Function<SearchPredicateFactory, PredicateFinalStep> predicate, int limit) {
        return search(entityManager, listing, companyId, (f, root) -> root.must(predicate.apply(f)), limit);
    }

    /**
     * The best {@code limit} {@link #retrievable} graduates, equal scores by id, with {@code clauses}
     * added to the query: the one search the structured and the two text retrievals run.
     */
    private static List<Stage1Hit> search(EntityManager entityManager, ListingProfile listing, UUID companyId,
            BiConsumer<SearchPredicateFactory, BooleanPredicateClausesStep<?, ?>> clauses, int limit) {
        return Search.session(entityManager).search(GraduateProfile.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score()).as(CandidateRetriever::ranked))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> root = f.bool();
                    retrievable(f, root, listing, companyId);
                    clauses.accept(f, root);
                    return root;
                })
                .sort(CandidateRetriever::byScoreThenId)
                .totalHitCountThreshold(limit)
                .fetchHits(limit);
    }

    /** Best score first, equal scores by graduate id (as text), on two numeric sort fields ({@link SortKeys}). */
    private static org.hibernate.search.engine.search.sort.dsl.SortFinalStep byScoreThenId(
            org.hibernate.search.engine.search.sort.dsl.SearchSortFactory f) {
        return f.score().then().field(GraduateIndexFields.SORT_ID_HIGH).then().field(GraduateIndexFields.SORT_ID_LOW);
    }

    /** A should-clause per term, boosted by how often the listing names it: BM25 with query term frequencies. */
    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep weighted(
            SearchPredicateFactory f, String field, Map<String, Integer> terms) {
        var bool = f.bool();
        terms.forEach((term, count) -> bool.should(f.match().field(field).matching(term).boost(count)));
        return bool;
    }

    /**
     * The structured retrieval: with three or more required skills a graduate must have two, or
     * one when fewer than {@code limit} have two.
     *
     * <p>Its scores are sums of constant skill clauses, so graduates who hold the same skills tie
     * and rank by id. Until 2026-12-08 the listing's title words, scored over the three stemmed
     * text fields for every graduate with the skills, broke those ties: the most expensive part
     * of the most expensive query of a request (docs/performance.md), ranking by the words that
     * the full-text and title channels, fused beside this list, rank by anyway. Without them a
     * request's median at 100,000 graduates fell to about two thirds (docs/performance.md,
     * fifteenth round), and no figure of the open evaluation sets changed. Who among equally
     * skilled graduates is worth more is what the other three lists and stage 2 decide.
     */
    static List<Stage1Hit> structured(EntityManager entityManager, ListingProfile listing, UUID companyId, int limit) {
        int minimum = listing.required().size() >= 3 ? 2 : 1;
        List<Stage1Hit> hits = query(entityManager, listing, companyId, limit, minimum);
        if (hits.size() < limit && minimum > 1) {
            hits = query(entityManager, listing, companyId, limit, 1);
        }
        return hits;
    }

    private static List<Stage1Hit> query(EntityManager entityManager, ListingProfile listing, UUID companyId, int limit, int minimumSkills) {
        return search(entityManager, listing, companyId, (f, root) -> {
            boolean hasSkills = !listing.required().isEmpty() || !listing.niceToHave().isEmpty();
            if (hasSkills) {
                var skills = f.bool();
                for (RequiredSkill r : listing.required()) {
                    skills.should(skill(f, r.skill(), HELD_BOOST, MENTIONED_BOOST));
                }
                for (SkillId n : listing.niceToHave()) {
                    skills.should(skill(f, n, NICE_BOOST, NICE_BOOST / 2));
                }
                if (!listing.required().isEmpty()) {
                    skills.minimumShouldMatchNumber(Math.min(minimumSkills, listing.required().size()));
                }
                root.must(skills);
            }
            if (!hasSkills) {
                String title = TextTerms.of(listing.title(), TEXT_TERMS);
                root.must(title.isEmpty() ? f.matchAll() : textMatch(f, title, 1f));
            }
        }, limit);
    }

    /**
     * Text relevance of the listing's title and description for each of {@code ids}, divided by
     * the best among them, so in [0, 1]; ids the text does not match get 0.
     */
    public Map<String, Double> textRelevance(ListingProfile listing, Collection<String> ids) {
        String text = TextTerms.of(listing.title() + "\n" + listing.description(), TEXT_TERMS);
        if (text.isEmpty()) {
            return Map.of();
        }
        return TextRelevance.of(entityManager, GraduateProfile.class, ids, f -> textMatch(f, text, 1f));
    }

    /**
     * Filters {@code root} to the graduates stage 1 may retrieve for {@code listing}: those the
     * company may be shown ({@link GraduateAccess#shownTo}: visible to employers, active, not blocking it), who
     * want the listing's type and are available by its start (with {@value #AVAILABILITY_SLACK_DAYS}
     * days' slack). Every stage-1 retrieval, the embedding channel's too, filters through here.
     */
    static void retrievable(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root, ListingProfile listing, UUID companyId) {
        root.filter(GraduateAccess.shownTo(f, companyId));
        root.filter(f.match().field(GraduateIndexFields.WANTED_TYPE).matching(listing.type()));
        LocalDate start = listing.startDate();
        if (start != null) {
            LocalDate latest = start.plusDays(AVAILABILITY_SLACK_DAYS);
            root.filter(f.or(
                    f.range().field(GraduateIndexFields.AVAILABLE_FROM).atMost(latest),
                    f.not(f.exists().field(GraduateIndexFields.AVAILABLE_FROM))));
        }
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep skill(
            SearchPredicateFactory f, SkillId skill, float held, float mentioned) {
        return f.or(
                f.match().field(GraduateIndexFields.SKILL_ANY).matching(skill.value()).constantScore().boost(held),
                f.match().field(GraduateIndexFields.SKILL_MENTIONED).matching(skill.value()).constantScore().boost(mentioned));
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep textMatch(
            SearchPredicateFactory f, String text, float boost) {
        return f.match().fields(GraduateIndexFields.ALL_TEXT_EN, GraduateIndexFields.ALL_TEXT_ES, GraduateIndexFields.ALL_TEXT_CA)
                .matching(text).boost(boost);
    }
}
