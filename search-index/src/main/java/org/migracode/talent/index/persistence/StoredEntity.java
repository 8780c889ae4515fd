package org.migracode.talent.index.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The three columns most tables have alike: an id the application assigns, when the row was
 * created ({@code created_at}, written once) and the {@code version} that makes a stale write
 * fail. A mapped superclass only: each subclass keeps its own table, so the schema is the one the
 * migrations create.
 */
@MappedSuperclass
public abstract class StoredEntity {

    @Id
    private UUID id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** For JPA. */
    protected StoredEntity() {
    }

    protected StoredEntity(UUID id, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
