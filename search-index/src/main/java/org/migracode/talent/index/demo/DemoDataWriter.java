package org.migracode.talent.index.demo;

import org.migracode.talent.core.embedding.EmbeddingText;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.index.embedding.TextEmbeddingListener;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.migracode.talent.index.demo.DemoRecords.Account;
import org.migracode.talent.index.demo.DemoRecords.Cohort;
import org.migracode.talent.index.demo.DemoRecords.Company;
import org.migracode.talent.index.demo.DemoRecords.Graduate;
import org.migracode.talent.index.demo.DemoRecords.Language;
import org.migracode.talent.index.demo.DemoRecords.Listing;
import org.migracode.talent.index.demo.DemoRecords.Project;
import org.migracode.talent.index.demo.DemoRecords.RequiredSkill;
import org.migracode.talent.index.demo.DemoRecords.Skill;

/**
 * Stores demo data with batched JDBC inserts (a million profiles in minutes, not hours). It
 * bypasses Hibernate, so the index must be rebuilt afterwards; the start-up check does that by
 * itself because the counts then differ.
 */
public final class DemoDataWriter {

    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final UnaryOperator<String> passwordHasher;
    private final TextEmbedder embedder;

    /**
     * @param passwordHasher turns a demo password into what {@code user_account.password_hash}
     *     stores (the portal passes its password encoder)
     */
    public DemoDataWriter(DataSource dataSource, UnaryOperator<String> passwordHasher) {
        this(dataSource, passwordHasher, null);
    }

    /**
     * @param embedder computes each profile's and listing's sentence embedding as it is written, exactly
     *     as {@link TextEmbeddingListener} does for a JPA write (same text, same key); null: no vectors
     *     (the embedding channel then has no input for these rows)
     */
    public DemoDataWriter(DataSource dataSource, UnaryOperator<String> passwordHasher, TextEmbedder embedder) {
        this.dataSource = dataSource;
        this.passwordHasher = passwordHasher;
        this.embedder = embedder;
    }

    private void setEmbedding(Connection c, PreparedStatement statement, int index, String text) throws SQLException {
        if (embedder == null || text.isBlank()) {
            statement.setNull(index, java.sql.Types.ARRAY);
            statement.setNull(index + 1, java.sql.Types.VARCHAR);
            return;
        }
        float[] v = embedder.embed(text);
        Float[] boxed = new Float[v.length];
        for (int i = 0; i < v.length; i++) {
            boxed[i] = v[i];
        }
        statement.setArray(index, c.createArrayOf("real", boxed));
        statement.setString(index + 1, TextEmbeddingListener.key(embedder.modelId(), text));
    }

    /** Writes everything the generator describes, in one transaction. */
    public DemoCounts writeAll(DemoDataGenerator generator) {
        return writeAll(generator, done -> { });
    }

    /**
     * Writes everything in one transaction, reporting the number of graduates written after each batch.
     */
    public DemoCounts writeAll(DemoDataGenerator generator, IntConsumer graduatesWritten) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                writeCompanies(c, generator);
                writeCohorts(c, generator);
                writeGraduates(c, generator, graduatesWritten);
                generator.duplicates().write(c, generator);
                int listings = writeListings(c, generator);
                writeAccounts(c, generator);
                new DemoProposals(generator, generator.referenceDate(), generator.seed()).write(c);
                new CirrDemoData(generator).write(c);
                c.commit();
                return new DemoCounts(generator.companies().size(), generator.cohorts().size(),
                        generator.sizes().graduates(), listings, generator.accounts().size());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing demo data failed: " + e.getMessage(), e);
        }
    }

    private void writeCompanies(Connection c, DemoDataGenerator g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into company (id, name, city, website, description) values (?, ?, ?, ?, ?)")) {
            for (Company company : g.companies()) {
                ps.setObject(1, company.id());
                ps.setString(2, company.name());
                ps.setString(3, company.city());
                ps.setString(4, company.website());
                ps.setString(5, company.description());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeCohorts(Connection c, DemoDataGenerator g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into cohort (id, name, school, city, start_date, graduation_date, modules) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Cohort cohort : g.cohorts()) {
                ps.setObject(1, cohort.id());
                ps.setString(2, cohort.name());
                ps.setString(3, cohort.school());
                ps.setString(4, cohort.city());
                ps.setDate(5, Date.valueOf(cohort.startDate()));
                ps.setDate(6, Date.valueOf(cohort.graduationDate()));
                ps.setArray(7, c.createArrayOf("text", cohort.modules().toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeGraduates(Connection c, DemoDataGenerator g, IntConsumer progress) throws SQLException {
        try (PreparedStatement profile = c.prepareStatement("""
                insert into graduate_profile (id, cohort_id, display_name, headline, summary, email, phone, city,
                    remote_preference, available_from, wants_job, wants_internship, visible_to_employers,
                    consent_changed_at, consent_basis, active, text_embedding, text_embedding_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'graduate', ?, ?, ?)""");
             PreparedStatement skill = c.prepareStatement(
                     "insert into graduate_skill (graduate_id, skill_id, level, source) values (?, ?, ?, ?)");
             PreparedStatement language = c.prepareStatement(
                     "insert into graduate_language (graduate_id, language_code, level) values (?, ?, ?)");
             PreparedStatement project = c.prepareStatement(
                     "insert into portfolio_project (graduate_id, position, title, description, url, technologies) values (?, ?, ?, ?, ?, ?)")) {
            int total = g.sizes().graduates();
            for (int i = 0; i < total; i++) {
                Graduate gr = g.graduate(i);
                profile.setObject(1, gr.id());
                profile.setObject(2, gr.cohortId());
                profile.setString(3, gr.displayName());
                profile.setString(4, gr.headline());
                profile.setString(5, gr.summary());
                profile.setString(6, gr.email());
                profile.setString(7, gr.phone());
                profile.setString(8, gr.city());
                profile.setString(9, gr.remote().name());
                profile.setDate(10, Date.valueOf(gr.availableFrom()));
                profile.setBoolean(11, gr.wantsJob());
                profile.setBoolean(12, gr.wantsInternship());
                profile.setBoolean(13, gr.visibleToEmployers());
                profile.setBoolean(14, gr.active());
                List<String> projectTexts = new java.util.ArrayList<>();
                for (Project p : gr.projects()) {
                    projectTexts.add(p.title());
                    projectTexts.add(p.description());
                }
                setEmbedding(c, profile, 15, EmbeddingText.graduate(gr.headline(), gr.summary(), projectTexts));
                profile.addBatch();
                for (Skill s : gr.skills()) {
                    skill.setObject(1, gr.id());
                    skill.setString(2, s.skillId());
                    skill.setShort(3, (short) s.level());
                    skill.setString(4, s.source().name());
                    skill.addBatch();
                }
                for (Language l : gr.languages()) {
                    language.setObject(1, gr.id());
                    language.setString(2, l.code());
                    language.setString(3, l.level().name());
                    language.addBatch();
                }
                int position = 0;
                for (Project p : gr.projects()) {
                    project.setObject(1, gr.id());
                    project.setInt(2, position++);
                    project.setString(3, p.title());
                    project.setString(4, p.description());
                    project.setString(5, p.url());
                    project.setArray(6, c.createArrayOf("text", p.technologies().toArray()));
                    project.addBatch();
                }
                if ((i + 1) % BATCH == 0 || i + 1 == total) {
                    profile.executeBatch();
                    skill.executeBatch();
                    language.executeBatch();
                    project.executeBatch();
                    progress.accept(i + 1);
                }
            }
        }
    }

    private int writeListings(Connection c, DemoDataGenerator g) throws SQLException {
        int count = 0;
        try (PreparedStatement listing = c.prepareStatement("""
                insert into listing (id, company_id, type, title, description, city, remote_policy, start_date, status,
                    text_embedding, text_embedding_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement required = c.prepareStatement(
                     "insert into listing_required_skill (listing_id, skill_id, min_level) values (?, ?, ?)");
             PreparedStatement nice = c.prepareStatement("insert into listing_nice_skill (listing_id, skill_id) values (?, ?)");
             PreparedStatement language = c.prepareStatement(
                     "insert into listing_language (listing_id, language_code, min_level) values (?, ?, ?)")) {
            for (Listing l : g.listings()) {
                listing.setObject(1, l.id());
                listing.setObject(2, l.companyId());
                listing.setString(3, l.type().name());
                listing.setString(4, l.title());
                listing.setString(5, l.description());
                listing.setString(6, l.city());
                listing.setString(7, l.remote().name());
                listing.setDate(8, Date.valueOf(l.startDate()));
                listing.setString(9, l.status());
                setEmbedding(c, listing, 10, EmbeddingText.listing(l.title(), l.description()));
                listing.addBatch();
                for (RequiredSkill s : l.required()) {
                    required.setObject(1, l.id());
                    required.setString(2, s.skillId());
                    required.setShort(3, (short) s.minLevel());
                    required.addBatch();
                }
                for (String s : l.niceToHave()) {
                    nice.setObject(1, l.id());
                    nice.setString(2, s);
                    nice.addBatch();
                }
                for (Language lang : l.languages()) {
                    language.setObject(1, l.id());
                    language.setString(2, lang.code());
                    language.setString(3, lang.level().name());
                    language.addBatch();
                }
                count++;
            }
            listing.executeBatch();
            required.executeBatch();
            nice.executeBatch();
            language.executeBatch();
        }
        return count;
    }

    private void writeAccounts(Connection c, DemoDataGenerator g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into user_account (id, username, display_name, email, password_hash, role, company_id, graduate_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Account a : g.accounts()) {
                ps.setObject(1, a.id());
                ps.setString(2, a.username());
                ps.setString(3, a.displayName());
                ps.setString(4, a.username() + "@demo.migracode.example");
                ps.setString(5, passwordHasher.apply(a.password()));
                ps.setString(6, a.role());
                ps.setObject(7, a.companyId());
                ps.setObject(8, a.graduateId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** What was written. */
    public record DemoCounts(int companies, int cohorts, int graduates, int listings, int accounts) {
    }
}
