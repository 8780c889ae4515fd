package org.migracode.talent.index.outcomes;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The evidence of a placement (an offer letter, a confirmation message) stored in the database,
 * staff only. The bytes never touch the file system, so no user-chosen path is ever used;
 * {@code fileName} is only a display name, reduced to safe characters.
 */
@Entity
@Table(name = "placement_evidence")
public class PlacementEvidence {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PlacementEvidence() {
    }

    public PlacementEvidence(UUID placementId, String fileName, String contentType, byte[] content, UUID uploadedBy) {
        this.placementId = Objects.requireNonNull(placementId, "placementId");
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("evidence file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("evidence file is larger than 5 MB");
        }
        this.fileName = safeName(fileName);
        this.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    /** Letters, digits, dot, dash and underscore only; no directories; at most 100 characters. */
    public static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (base.isBlank()) {
            base = "evidence";
        }
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
