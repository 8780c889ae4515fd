package org.migracode.talent.index.embedding;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Computes an {@link EmbeddedText} entity's vector when it is inserted or updated, in the writing
 * transaction, so the vector reaches PostgreSQL and the index together. The vector's key is the
 * model id and a digest of the text: an update that leaves the text alone (a visibility toggle, an
 * activity timestamp) does not embed again. Without a {@link TextEmbedder} (switched off) the
 * stored vector is cleared. A graduate's vector also reaches the in-memory {@link GraduateVectorStore}
 * (the channel's retrieval) when the transaction commits. Created by Hibernate through Spring's bean
 * container.
 */
public class TextEmbeddingListener {

    private final ObjectProvider<TextEmbedder> embedder;
    private final ObjectProvider<GraduateVectorStore> store;

    public TextEmbeddingListener(ObjectProvider<TextEmbedder> embedder, ObjectProvider<GraduateVectorStore> store) {
        this.embedder = embedder;
        this.store = store;
    }

    @PrePersist
    @PreUpdate
    void embed(Object entity) {
        if (entity instanceof EmbeddedText e) {
            update(e, embedder.getIfAvailable());
        }
    }

    @PostPersist
    @PostUpdate
    void written(Object entity) {
        GraduateVectorStore vectors = store.getIfAvailable();
        if (vectors != null && entity instanceof GraduateProfile g) {
            vectors.written(g.getId(), g.getTextEmbedding());
        }
    }

    @PostRemove
    void removed(Object entity) {
        GraduateVectorStore vectors = store.getIfAvailable();
        if (vectors != null && entity instanceof GraduateProfile g) {
            vectors.written(g.getId(), null);
        }
    }

    /** Brings {@code e}'s vector up to date with its text; {@code model} null clears it. */
    static void update(EmbeddedText e, TextEmbedder model) {
        String text = e.embeddingText();
        // nothing to embed without a letter or digit (the model also refuses Unicode blanks Java's isBlank keeps)
        if (model == null || text == null || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            if (e.textEmbeddingKey() != null) {
                e.storeTextEmbedding(null, null);
            }
            return;
        }
        String key = key(model.modelId(), text);
        if (!key.equals(e.textEmbeddingKey())) {
            e.storeTextEmbedding(model.embed(text), key);
        }
    }

    /** The key stored with a vector: the model id and the first 12 bytes of the text's SHA-256. */
    public static String key(String modelId, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return modelId + ":" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
