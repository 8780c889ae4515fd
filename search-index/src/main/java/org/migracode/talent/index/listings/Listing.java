package org.migracode.talent.index.listings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.migracode.talent.core.embedding.EmbeddingText;
import org.migracode.talent.index.embedding.EmbeddedText;
import org.migracode.talent.index.embedding.TextEmbeddingListener;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePolicy;
import org.migracode.talent.index.analysis.SearchAnalyzers;

/**
 * A job or internship a company publishes; only OPEN listings are matched and shown to graduates.
 * The fields the matcher derives (match profile, mentioned skills) are written by the binder
 * named {@link ListingIndexFields#MATCHING_FIELDS_BINDER}, a bean of the matching package: named,
 * not imported, because the matcher reads this entity.
 */
@Entity
@Table(name = "listing")
@Indexed(index = ListingIndexFields.INDEX)
@TypeBinding(binder = @TypeBinderRef(name = ListingIndexFields.MATCHING_FIELDS_BINDER, retrieval = BeanRetrieval.BEAN))
@EntityListeners(TextEmbeddingListener.class)
public class Listing implements EmbeddedText {

    @Id
    private UUID id;

    @GenericField(name = ListingIndexFields.COMPANY, aggregable = Aggregable.YES)
    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @KeywordField(name = ListingIndexFields.TYPE, aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ListingType type = ListingType.JOB;

    @FullTextField(analyzer = SearchAnalyzers.TEXT, projectable = Projectable.YES)
    @FullTextField(name = "title_en", analyzer = SearchAnalyzers.TEXT_EN)
    @FullTextField(name = "title_es", analyzer = SearchAnalyzers.TEXT_ES)
    @FullTextField(name = "title_ca", analyzer = SearchAnalyzers.TEXT_CA)
    @Column(nullable = false)
    private String title;

    @FullTextField(analyzer = SearchAnalyzers.TEXT, highlightable = Highlightable.ANY)
    @FullTextField(name = "description_en", analyzer = SearchAnalyzers.TEXT_EN)
    @FullTextField(name = "description_es", analyzer = SearchAnalyzers.TEXT_ES)
    @FullTextField(name = "description_ca", analyzer = SearchAnalyzers.TEXT_CA)
    @Column(columnDefinition = "text")
    private String description;

    // ordered, so that explanations (which list matched skills in this order) are reproducible:
    // without it the database returns the rows in whatever order they were last written
    @ElementCollection
    @CollectionTable(name = "listing_required_skill", joinColumns = @JoinColumn(name = "listing_id"))
    @BatchSize(size = 256)
    @OrderBy("skillId")
    private List<RequiredSkill> requiredSkills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "listing_nice_skill", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "skill_id", nullable = false)
    @BatchSize(size = 256)
    private List<String> niceToHaveSkills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "listing_language", joinColumns = @JoinColumn(name = "listing_id"))
    @BatchSize(size = 256)
    private List<LanguageRequirement> languages = new ArrayList<>();

    @KeywordField(name = ListingIndexFields.CITY, normalizer = SearchAnalyzers.NORMALIZER_FOLDED, aggregable = Aggregable.YES)
    private String city;

    @KeywordField(name = ListingIndexFields.REMOTE)
    @Enumerated(EnumType.STRING)
    @Column(name = "remote_policy", nullable = false)
    private RemotePolicy remotePolicy = RemotePolicy.ONSITE;

    @GenericField(name = ListingIndexFields.START_DATE, sortable = Sortable.YES)
    @Column(name = "start_date")
    private LocalDate startDate;

    @KeywordField(name = ListingIndexFields.STATUS, aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ListingStatus status = ListingStatus.DRAFT;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** Sentence embedding of the title and description, computed on write (the embedding channel); null: none. */
    // not indexed: the embedding channel reads a listing's vector from this entity
    @Column(name = "text_embedding")
    private float[] textEmbedding;

    @Column(name = "text_embedding_key")
    private String textEmbeddingKey;

    /** Title and description. */
    @Override
    public String embeddingText() {
        return EmbeddingText.listing(title, description);
    }

    @Override
    public String textEmbeddingKey() {
        return textEmbeddingKey;
    }

    @Override
    public void storeTextEmbedding(float[] vector, String key) {
        this.textEmbedding = vector == null ? null : vector.clone();
        this.textEmbeddingKey = key;
    }

    /** The stored sentence embedding, or null (never computed at query time). */
    public float[] getTextEmbedding() {
        return textEmbedding == null ? null : textEmbedding.clone();
    }

    protected Listing() {
    }

    public Listing(UUID id, UUID companyId, ListingType type, String title) {
        this.id = Objects.requireNonNull(id, "id");
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.type = Objects.requireNonNull(type, "type");
        this.title = checkedTitle(title);
    }

    @PrePersist
    @PreUpdate
    void touch() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    @KeywordField(name = ListingIndexFields.REQUIRED_SKILL, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "requiredSkills")))
    public List<String> getRequiredSkillIds() {
        return requiredSkills.stream().map(RequiredSkill::getSkillId).distinct().toList();
    }

    @KeywordField(name = ListingIndexFields.NICE_SKILL)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "niceToHaveSkills")))
    public List<String> getNiceSkillIds() {
        return List.copyOf(niceToHaveSkills);
    }

    @KeywordField(name = ListingIndexFields.LANGUAGE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
    public List<String> getLanguageCodes() {
        return languages.stream().map(LanguageRequirement::getCode).distinct().toList();
    }

    // --- behaviour --------------------------------------------------------------------------

    public void open() {
        if (status == ListingStatus.CLOSED) {
            throw new IllegalStateException("a closed listing cannot be reopened; copy it instead");
        }
        status = ListingStatus.OPEN;
    }

    public void close() {
        status = ListingStatus.CLOSED;
    }

    public void replaceRequiredSkills(List<RequiredSkill> skills) {
        requiredSkills.clear();
        for (RequiredSkill s : skills) {
            requiredSkills.removeIf(r -> r.getSkillId().equals(s.getSkillId()));
            requiredSkills.add(s);
        }
        niceToHaveSkills.removeIf(n -> requiredSkills.stream().anyMatch(r -> r.getSkillId().equals(n)));
    }

    public void replaceNiceToHaveSkills(List<String> skills) {
        niceToHaveSkills.clear();
        skills.stream().distinct()
                .filter(n -> requiredSkills.stream().noneMatch(r -> r.getSkillId().equals(n)))
                .forEach(niceToHaveSkills::add);
    }

    public void putLanguage(String code, Cefr minLevel) {
        LanguageRequirement requirement = new LanguageRequirement(code, minLevel);
        languages.removeIf(l -> l.getCode().equals(code));
        languages.add(requirement);
    }

    public void replaceLanguages(List<LanguageRequirement> newLanguages) {
        languages.clear();
        newLanguages.forEach(l -> putLanguage(l.getCode(), l.getMinLevel()));
    }

    // --- plain accessors --------------------------------------------------------------------

    public UUID getId() {
        return id;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public ListingType getType() {
        return type;
    }

    public void setType(ListingType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = checkedTitle(title);
    }

    private static String checkedTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        return title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<RequiredSkill> getRequiredSkills() {
        return List.copyOf(requiredSkills);
    }

    public List<String> getNiceToHaveSkills() {
        return List.copyOf(niceToHaveSkills);
    }

    public List<LanguageRequirement> getLanguages() {
        return List.copyOf(languages);
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public RemotePolicy getRemotePolicy() {
        return remotePolicy;
    }

    public void setRemotePolicy(RemotePolicy remotePolicy) {
        this.remotePolicy = Objects.requireNonNull(remotePolicy, "remotePolicy");
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
