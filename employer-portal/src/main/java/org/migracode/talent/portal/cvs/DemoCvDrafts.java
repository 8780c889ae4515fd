package org.migracode.talent.portal.cvs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.core.draft.ProfileDraftExtractor;
import org.migracode.talent.index.graduate.GraduateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for CVs: after the demo data is generated, open drafts from CVs in English, Spanish
 * and Catalan ({@code demo/cvs/*.txt}) for the demo accounts {@code graduate} and
 * {@code graduate2} and one more graduate, waiting for confirmation. Runs once: not when any draft
 * exists, nor without the demo graduates. Publishes nothing.
 */
@Component
@Order(10)
class DemoCvDrafts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCvDrafts.class);

    private final boolean enabled;
    private final JdbcTemplate jdbc;
    private final GraduateRepository graduates;
    private final CvDraftStore store;
    private final TransactionTemplate tx;
    private final ProfileDraftExtractor extractor = CvDraftStore.extractor();

    DemoCvDrafts(@Value("${talent.demo.enabled:true}") boolean enabled, JdbcTemplate jdbc, GraduateRepository graduates,
            CvDraftStore store, TransactionTemplate tx) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.graduates = graduates;
        this.store = store;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.queryForObject("select count(*) from cv_draft", Integer.class) > 0) {
            return;
        }
        List<UUID> demo = jdbc.queryForList("""
                select graduate_id from user_account where username in ('graduate', 'graduate2') and graduate_id is not null
                order by username""", UUID.class);
        if (demo.size() < 2) {
            return;
        }
        List<UUID> other = jdbc.queryForList("""
                select id from graduate_profile where id not in (?, ?) and visible_to_employers order by id limit 1""", UUID.class,
                demo.get(0), demo.get(1));
        tx.executeWithoutResult(s -> {
            draft(demo.get(0), "cv-es.txt");
            draft(demo.get(1), "cv-ca.txt");
            other.forEach(id -> draft(id, "cv-en.txt"));
        });
        log.info("Demo CV drafts: {}", 2 + other.size());
    }

    private void draft(UUID graduateId, String file) {
        graduates.findById(graduateId).ifPresent(g -> store.create(g, DocumentKind.TXT, file, null, extractor.extract(text(file))));
    }

    private static String text(String file) {
        try (InputStream in = DemoCvDrafts.class.getResourceAsStream("/demo/cvs/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing demo CV " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
