package org.migracode.talent.benchmarks.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RequiredSkill;
import org.migracode.talent.core.scoring.MatchExplanation;
import org.migracode.talent.core.scoring.MatchRanking;
import org.migracode.talent.core.scoring.MatchScorer;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.graduates.GraduateIndexFields;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.matching.DecodedProfiles;

/**
 * The PostgreSQL full-text baseline, which exists only in the benchmark. A side table
 * {@code bench_fts(graduate_id, tsv, match_profile)} holds, per graduate, a {@code tsvector} of
 * the held skill ids (weight A, built with {@code array_to_tsvector} so ids like {@code node.js}
 * stay whole) and of the headline, summary and project texts ('simple' configuration, weight D),
 * with a GIN index; and the same encoded matcher view that the Lucene index stores, copied from
 * the index, so that stage 2 gets byte-identical input on both paths.
 *
 * <p>A query applies the same filters as stage 1 of the matcher (consented, active, wants the
 * listing's type, available within 90 days of its start), matches an OR of the listing's required
 * and nice-to-have skill ids and its title words, orders by {@code ts_rank} (or
 * {@code ts_rank_cd}) and keeps the best {@code depth}. Text relevance for stage 2 gets the same
 * treatment as the matcher's second Lucene query: the chosen rank function of the listing's
 * title and description words over just those rows, divided by the best among them. Stage 2 is
 * the matcher's own {@link MatchRanking#topK}.
 */
final class PostgresFtsBaseline implements AutoCloseable {

    /** Same decode cache as the matcher, so both paths pay the same for stage 2. */
    private final DecodedProfiles decoded = new DecodedProfiles();

    /** Same as {@code CandidateRetriever.AVAILABILITY_SLACK_DAYS} (package-private there). */
    static final int AVAILABILITY_SLACK_DAYS = 90;
    /** Same as {@code CandidateRetriever.TEXT_TERMS}. */
    static final int TEXT_TERMS = 48;

    enum Rank {
        TS_RANK("ts_rank"), TS_RANK_CD("ts_rank_cd");

        final String function;

        Rank(String function) {
            this.function = function;
        }
    }

    private final Connection connection;
    private final Map<Rank, PreparedStatement> statements = new HashMap<>();

    private PostgresFtsBaseline(Connection connection) throws SQLException {
        this.connection = connection;
        for (Rank rank : Rank.values()) {
            statements.put(rank, connection.prepareStatement(sql(rank)));
        }
    }

    /** Builds the side table and its GIN index; returns its build time in nanoseconds. */
    static long build(DataSource dataSource, EntityManagerFactory emf) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop table if exists bench_fts");
            st.execute("create unlogged table bench_profile (graduate_id uuid primary key, match_profile text not null)");
            copyMatchProfiles(c, emf);
            st.execute("""
                    create table bench_fts (graduate_id uuid primary key, tsv tsvector not null, match_profile text not null)""");
            st.execute("""
                    insert into bench_fts (graduate_id, tsv, match_profile)
                    select g.id,
                           setweight(array_to_tsvector(coalesce(
                               (select array_agg(distinct s.skill_id) from graduate_skill s where s.graduate_id = g.id),
                               '{}'::text[])), 'A')
                           || setweight(to_tsvector('simple', concat_ws(' ', g.headline, g.summary,
                               (select string_agg(concat_ws(' ', p.title, p.description), ' ')
                                  from portfolio_project p where p.graduate_id = g.id))), 'D'),
                           b.match_profile
                      from graduate_profile g join bench_profile b on b.graduate_id = g.id""");
            st.execute("drop table bench_profile");
            st.execute("create index bench_fts_tsv on bench_fts using gin (tsv)");
            st.execute("analyze bench_fts");
            st.execute("analyze graduate_profile");
        }
        return System.nanoTime() - start;
    }

    /** Streams every graduate's stored match profile out of the index into {@code bench_profile}. */
    private static void copyMatchProfiles(Connection c, EntityManagerFactory emf) throws SQLException {
        EntityManager em = emf.createEntityManager();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("insert into bench_profile (graduate_id, match_profile) values (?, ?)");
             SearchScroll<Object[]> scroll = Search.session(em).search(GraduateProfile.class)
                     .select(f -> f.composite().from(f.id(UUID.class), f.field(GraduateIndexFields.MATCH_PROFILE, String.class))
                             .as((id, profile) -> new Object[] {id, profile}))
                     .where(f -> f.matchAll())
                     .scroll(2000)) {
            for (SearchScrollResult<Object[]> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                for (Object[] hit : chunk.hits()) {
                    insert.setObject(1, hit[0]);
                    insert.setString(2, (String) hit[1]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
            em.close();
        }
    }

    /** Opens the baseline on a connection of its own, held for the whole run. */
    static PostgresFtsBaseline open(DataSource dataSource) throws SQLException {
        return new PostgresFtsBaseline(dataSource.getConnection());
    }

    /** The top {@code k} for {@code listing}: FTS retrieval of {@code depth} rows, then the matcher's stage 2. */
    Result topK(ListingProfile listing, Rank rank, int depth, int k, MatchScorer scorer, LocalDate today) throws SQLException {
        PreparedStatement ps = statements.get(rank);
        String skillQuery = skillQuery(listing);
        String textQuery = orQuery(wordsOf(listing.title() + "\n" + listing.description()));
        ps.setString(1, skillQuery);
        ps.setBoolean(2, listing.type() == ListingType.JOB);
        ps.setBoolean(3, listing.type() == ListingType.INTERNSHIP);
        LocalDate latest = listing.startDate() == null ? LocalDate.of(9999, 12, 31)
                : listing.startDate().plusDays(AVAILABILITY_SLACK_DAYS);
        ps.setDate(4, Date.valueOf(latest));
        ps.setInt(5, depth);
        ps.setString(6, textQuery);
        List<CandidateProfile> candidates = new ArrayList<>(depth);
        Map<String, Double> textRank = new HashMap<>();
        double best = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CandidateProfile c = decoded.candidate(rs.getString(1));
                double text = rs.getDouble(2);
                candidates.add(c);
                textRank.put(c.id(), text);
                best = Math.max(best, text);
            }
        }
        double max = best;
        List<MatchExplanation> top = MatchRanking.topK(scorer, listing, candidates,
                c -> max <= 0 ? 0.0 : Math.min(1.0, textRank.getOrDefault(c.id(), 0.0) / max), today, k);
        return new Result(top, candidates.size());
    }

    /** What one baseline query returned: the explained top k and how many rows stage 2 re-scored. */
    record Result(List<MatchExplanation> top, int considered) {
    }

    private static String sql(Rank rank) {
        String fn = rank.function;
        // The outer query ranks the listing's text only over the rows the inner query kept, like the
        // matcher's second (text relevance) query over the stage-1 ids.
        return """
                select r.match_profile, %1$s(r.tsv, t.q) as text_rank
                  from (select f.match_profile, f.tsv, %1$s(f.tsv, s.q) as skill_rank
                          from bench_fts f
                          join graduate_profile g on g.id = f.graduate_id
                          cross join (select cast(? as tsquery) as q) s
                         where f.tsv @@ s.q
                           and g.visible_to_employers and g.active
                           and ((? and g.wants_job) or (? and g.wants_internship))
                           and (g.available_from is null or g.available_from <= ?)
                         order by skill_rank desc, f.graduate_id
                         limit ?) r
                  cross join (select cast(? as tsquery) as q) t
                 order by r.skill_rank desc
                """.formatted(fn);
    }

    /** Required and nice-to-have skill ids as whole lexemes, OR-ed with the title's words. */
    static String skillQuery(ListingProfile listing) {
        Set<String> lexemes = new LinkedHashSet<>();
        for (RequiredSkill r : listing.required()) {
            lexemes.add(r.skill().value());
        }
        for (SkillId n : listing.niceToHave()) {
            lexemes.add(n.value());
        }
        lexemes.addAll(wordsOf(listing.title()));
        return orQuery(lexemes);
    }

    /** Distinct lower-case words of {@code text}, at most {@value #TEXT_TERMS}, as the 'simple' configuration would index them. */
    static Set<String> wordsOf(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        for (String raw : text.split("[^\\p{L}\\p{N}]+")) {
            String w = raw.toLowerCase(Locale.ROOT);
            if (w.length() >= 2) {
                words.add(w);
            }
            if (words.size() >= TEXT_TERMS) {
                break;
            }
        }
        return words;
    }

    /** {@code 'a' | 'b' | …} with each lexeme quoted, or a query matching nothing when there is none. */
    static String orQuery(Set<String> lexemes) {
        if (lexemes.isEmpty()) {
            return "'\u0001'";
        }
        StringBuilder b = new StringBuilder();
        for (String lexeme : lexemes) {
            if (b.length() > 0) {
                b.append(" | ");
            }
            b.append('\'').append(lexeme.replace("\\", "\\\\").replace("'", "''")).append('\'');
        }
        return b.toString();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        connection.close();
    }
}
