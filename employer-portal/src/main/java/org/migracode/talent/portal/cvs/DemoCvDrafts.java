package org.migracode.talent.portal.cvs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.migracode.talent.core.draft.ProfileDraftExtractor;
import org.migracode.talent.index.graduates.GraduateRepository;
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
 * Demo data for CVs: after the demo data is generated, open drafts from the sample CVs in Spanish
 * and Catalan (text files) and English (the same sample laid out as a PDF here) for the demo
 * accounts {@code graduate} and {@code graduate2} and one more graduate, waiting for confirmation.
 * Each goes through the upload's own reading path ({@link CvDocumentReader}, then the draft
 * extractor), so the PDF reader and the text decoder are exercised too. The samples are also
 * served to signed-in users at {@value #SAMPLES} for trying the upload. Runs once: not when any
 * draft exists, nor without the demo graduates. Publishes nothing and keeps no file.
 */
@Component
@Order(10)
class DemoCvDrafts implements ApplicationRunner {

    /** Where the sample CVs are: classpath {@code static/demo/cvs/}, served at this path. */
    static final String SAMPLES = "/demo/cvs/";
    /** The sample CVs, by language. */
    static final List<String> SAMPLE_FILES = List.of("cv-en.txt", "cv-es.txt", "cv-ca.txt");

    private static final Logger log = LoggerFactory.getLogger(DemoCvDrafts.class);

    private final boolean enabled;
    private final JdbcTemplate jdbc;
    private final GraduateRepository graduates;
    private final CvDraftStore store;
    private final CvDocumentReader reader;
    private final CvProperties properties;
    private final TransactionTemplate tx;
    private final ProfileDraftExtractor extractor;

    DemoCvDrafts(@Value("${talent.demo.enabled:true}") boolean enabled, JdbcTemplate jdbc, GraduateRepository graduates,
            CvDraftStore store, CvDocumentReader reader, CvProperties properties, TransactionTemplate tx) {
        this.enabled = enabled;
        this.extractor = store.extractor();
        this.jdbc = jdbc;
        this.graduates = graduates;
        this.store = store;
        this.reader = reader;
        this.properties = properties;
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
                select id from graduate_profile where id not in (?, ?) and visible_to_employers and merged_into is null
                order by id limit 1""", UUID.class, demo.get(0), demo.get(1));
        tx.executeWithoutResult(s -> {
            draft(demo.get(0), "cv-es.txt", sample("cv-es.txt"));
            draft(demo.get(1), "cv-ca.txt", sample("cv-ca.txt"));
            other.forEach(id -> draft(id, "cv-en.pdf", pdf(new String(sample("cv-en.txt"), StandardCharsets.UTF_8))));
        });
        log.info("Demo CV drafts: {}", 2 + other.size());
    }

    private void draft(UUID graduateId, String fileName, byte[] bytes) {
        DocumentText text = reader.read(bytes, properties.maxFileSize().toBytes());
        graduates.findById(graduateId).ifPresent(g -> store.create(g, text.kind(), fileName, null,
                extractor.extract(text.text(), text.headline())));
    }

    /** The bytes of a sample CV. */
    static byte[] sample(String file) {
        try (InputStream in = DemoCvDrafts.class.getResourceAsStream("/static" + SAMPLES + file)) {
            if (in == null) {
                throw new IllegalStateException("missing demo CV " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} as a one-page PDF, one line per line (Helvetica: Latin letters with accents only). */
    static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(50, 740);
                for (String line : text.split("\\R")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
