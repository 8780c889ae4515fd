package org.migracode.talent.index.indexing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.metamodel.IndexFieldDescriptor;
import org.hibernate.search.engine.backend.metamodel.IndexValueFieldTypeDescriptor;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * A hash of everything that decides what a document looks like: every field path with its type,
 * analyzer and capabilities, plus {@link #ANALYSIS_VERSION} and the taxonomy version (analyzers
 * are code, so a change to them bumps the constant). A different fingerprint means the index on
 * disk was built by another mapping and must be rebuilt.
 */
final class MappingFingerprint {

    /**
     * Bump when an analyzer definition or a derived field's computation changes (analysis-2: German
     * stop words in text_plain; analysis-3: skill extraction skips web addresses and phrases such as
     * "C-level", and the skills channel no longer reads "users" as an ESCO skill).
     */
    static final String ANALYSIS_VERSION = "analysis-3";

    private MappingFingerprint() {
    }

    static String of(SearchMapping mapping, String extra) {
        TreeSet<String> lines = new TreeSet<>();
        for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
            String index = entity.indexManager().descriptor().hibernateSearchName();
            for (IndexFieldDescriptor field : entity.indexManager().descriptor().staticFields()) {
                lines.add(index + " " + describe(field));
            }
        }
        StringBuilder text = new StringBuilder(ANALYSIS_VERSION).append('\n').append(extra).append('\n');
        lines.forEach(l -> text.append(l).append('\n'));
        return sha256(text.toString());
    }

    private static String describe(IndexFieldDescriptor field) {
        if (!field.isValueField()) {
            return field.absolutePath() + " object " + field.toObjectField().type().nested();
        }
        IndexValueFieldTypeDescriptor type = field.toValueField().type();
        return String.join(" ", List.of(field.absolutePath(), type.valueClass().getName(),
                String.valueOf(type.analyzerName().orElse("-")), String.valueOf(type.normalizerName().orElse("-")),
                "s" + type.searchable(), "p" + type.projectable(), "o" + type.sortable(), "a" + type.aggregable(),
                "m" + field.multiValued()));
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
