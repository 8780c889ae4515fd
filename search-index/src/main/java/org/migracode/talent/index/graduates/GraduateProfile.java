package org.migracode.talent.index.graduates;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.search.engine.environment.bean.BeanRetrieval;
import org.migracode.talent.core.embedding.EmbeddingText;
import org.migracode.talent.index.embedding.EmbeddedText;
import org.migracode.talent.index.embedding.TextEmbeddingListener;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.RemotePreference;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.index.analysis.SearchAnalyzers;

/**
 * A graduate's profile: what employers may see (skills, portfolio, languages, availability) once
 * the graduate consented, plus contact details that stay hidden until the graduate accepts a
 * proposal. It holds no protected attribute (nationality, status, religion, health, gender, age).
 *
 * <p>The index document carries derived keyword fields for retrieval and facets; see
 * {@link GraduateIndexFields} for their names and meaning. The fields the matcher derives (match
 * profile, implied and mentioned skills, occupations, the text and skill-bag channels, the wording
 * vector) are written by the binder named {@link GraduateIndexFields#MATCHING_FIELDS_BINDER}, a
 * bean of the matching package: named, not imported, because the matcher reads this entity.
 */
@Entity
@Table(name = "graduate_profile")
@Indexed(index = GraduateIndexFields.INDEX, routingBinder = @RoutingBinderRef(type = MergedAwayNotIndexed.Binder.class))
@TypeBinding(binder = @TypeBinderRef(name = GraduateIndexFields.MATCHING_FIELDS_BINDER, retrieval = BeanRetrieval.BEAN))
@EntityListeners(TextEmbeddingListener.class)
public class GraduateProfile implements EmbeddedText {

    @Id
    @GenericField(name = GraduateIndexFields.ID_SORT, sortable = Sortable.YES, searchable = Searchable.NO)
    private UUID id;

    @GenericField(name = GraduateIndexFields.COHORT, aggregable = Aggregable.YES)
    @Column(name = "cohort_id")
    private UUID cohortId;

    @FullTextField(name = GraduateIndexFields.NAME, analyzer = SearchAnalyzers.TEXT)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @FullTextField(analyzer = SearchAnalyzers.TEXT)
    private String headline;

    @FullTextField(analyzer = SearchAnalyzers.TEXT, projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @Column(columnDefinition = "text")
    private String summary;

    /** Contact details: never indexed, shown to a recruiter only after the graduate accepted a proposal. */
    private String email;

    private String phone;

    @KeywordField(name = GraduateIndexFields.CITY, normalizer = SearchAnalyzers.NORMALIZER_FOLDED, aggregable = Aggregable.YES)
    private String city;

    @KeywordField(name = GraduateIndexFields.REMOTE)
    @Enumerated(EnumType.STRING)
    @Column(name = "remote_preference", nullable = false)
    private RemotePreference remotePreference = RemotePreference.ANY;

    /** The graduate's own wish; employers and the matcher see {@link #getEarliestStart()}. */
    @Column(name = "available_from")
    private LocalDate availableFrom;

    /**
     * What the school's staff-only work limits allow an employer to see (portal.availability):
     * no start before this date, at most these hours a week, and whether a job (not only an
     * internship) is possible. The limits themselves, and why, are never stored here.
     */
    @Column(name = "start_not_before")
    private LocalDate startNotBefore;

    @GenericField(name = GraduateIndexFields.HOURS_PER_WEEK)
    @Column(name = "hours_per_week")
    private Short hoursPerWeek;

    @Column(name = "jobs_eligible", nullable = false)
    private boolean jobsEligible = true;

    @Column(name = "wants_job", nullable = false)
    private boolean wantsJob = true;

    @Column(name = "wants_internship", nullable = false)
    private boolean wantsInternship = true;

    @GenericField(name = GraduateIndexFields.VISIBLE)
    @Column(name = "visible_to_employers", nullable = false)
    private boolean visibleToEmployers;

    @Column(name = "consent_changed_at")
    private Instant consentChangedAt;

    /** On what the current visibility decision rests: {@link #SELF} or what the school recorded at import. Not indexed. */
    @Column(name = "consent_basis")
    private String consentBasis;

    @GenericField(name = GraduateIndexFields.ACTIVE)
    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "graduate_skill", joinColumns = @JoinColumn(name = "graduate_id"))
    @BatchSize(size = 256)
    private List<GraduateSkill> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "graduate_language", joinColumns = @JoinColumn(name = "graduate_id"))
    @BatchSize(size = 256)
    private List<SpokenLanguage> languages = new ArrayList<>();

    @IndexedEmbedded(name = GraduateIndexFields.PROJECTS)
    @ElementCollection
    @CollectionTable(name = "portfolio_project", joinColumns = @JoinColumn(name = "graduate_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 256)
    private List<PortfolioProject> projects = new ArrayList<>();

    /** Companies whose recruiters must never see this graduate: filtered out of search, profile and matches. */
    @GenericField(name = GraduateIndexFields.BLOCKED_COMPANY)
    @ElementCollection
    @CollectionTable(name = "graduate_blocked_company", joinColumns = @JoinColumn(name = "graduate_id"))
    @Column(name = "company_id")
    @BatchSize(size = 256)
    private Set<UUID> blockedCompanies = new HashSet<>();

    /** The later of the graduate's last sign-in and last own edit: what retention measures (not indexed). */
    @Column(name = "last_active_at", nullable = false)
    private Instant lastActiveAt;

    /** When the retention job flagged the profile as inactive; cleared by any activity. */
    @Column(name = "retention_flagged_at")
    private Instant retentionFlaggedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The record this one was merged into (docs/records.md); such a record is not indexed and is shown nowhere. */
    @Column(name = "merged_into")
    private UUID mergedInto;

    @Version
    private long version;

    /** Sentence embedding of {@link #embeddingText()}, computed on write (the embedding channel); null: none. */
    // indexed compactly (int8, stored only, no kNN graph) by the matching-fields binder
    @Column(name = "text_embedding")
    private float[] textEmbedding;

    @Column(name = "text_embedding_key")
    private String textEmbeddingKey;

    protected GraduateProfile() {
    }

    public GraduateProfile(UUID id, String displayName) {
        this.id = Objects.requireNonNull(id, "id");
        this.displayName = checkedDisplayName(displayName);
    }

    @PrePersist
    @PreUpdate
    void touch() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        if (lastActiveAt == null) {
            lastActiveAt = now;
        }
        updatedAt = now;
    }

    /** Headline, summary and each project's title and description: the graduate's own words. */
    @Override
    public String embeddingText() {
        List<String> projectTexts = new ArrayList<>();
        for (PortfolioProject p : projects) {
            projectTexts.add(p.getTitle());
            projectTexts.add(p.getDescription());
        }
        return EmbeddingText.graduate(headline, summary, projectTexts);
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

    /** The stored sentence embedding, or null. */
    public float[] getTextEmbedding() {
        return textEmbedding == null ? null : textEmbedding.clone();
    }

    // --- derived index fields -------------------------------------------------------------

    /** Canonical skill ids the graduate has, as declared, evidenced or taught. */
    @KeywordField(name = GraduateIndexFields.SKILL, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "skills")))
    public List<String> getSkillIds() {
        return skills.stream().map(GraduateSkill::getSkillId).distinct().toList();
    }

    /**
     * Whether the headline is non-blank: stage 2's title channel needs to know, per candidate,
     * whether the graduate has a headline at all (no headline: the channel has no input), and
     * reading it from the stored document the match profile is projected from costs nothing,
     * where reading it from PostgreSQL cost a query per match request.
     */
    @GenericField(name = GraduateIndexFields.HAS_HEADLINE, projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "headline")))
    public boolean isHeadlinePresent() {
        return headline != null && !headline.isBlank();
    }

    /**
     * The id's first 64 bits as a sortable number, with {@link #getSortIdLow()} the stable tie-break
     * of stage 1 ({@link GraduateIndexFields#SORT_ID_HIGH}). The sign bit is flipped, so that a
     * signed {@code long} sort orders ids exactly as their text does (the text of a UUID is its two
     * halves in fixed-width lower-case hex, so text order is unsigned numeric order). A number,
     * not the id's text: a keyword sort looks each competitive hit's term up in a compressed terms
     * dictionary, which was most of stage 1's collector time (docs/performance.md, seventh round).
     */
    @GenericField(name = GraduateIndexFields.SORT_ID_HIGH, sortable = Sortable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate.NO)
    public long getSortIdHigh() {
        return SortKeys.high(getId());
    }

    /** The id's last 64 bits, sign bit flipped: the tie-break after {@link #getSortIdHigh()}. */
    @GenericField(name = GraduateIndexFields.SORT_ID_LOW, sortable = Sortable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate.NO)
    public long getSortIdLow() {
        return SortKeys.low(getId());
    }

    /**
     * One token {@code id@n} per skill and per level from 1 to the graduate's level, so that
     * "React at level 3 or more" is the single term {@code react@3}.
     */
    @KeywordField(name = GraduateIndexFields.SKILL_LEVEL)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "skills")))
    public List<String> getSkillLevelTokens() {
        List<String> tokens = new ArrayList<>();
        for (GraduateSkill s : skills) {
            for (int l = 1; l <= s.getLevel(); l++) {
                tokens.add(GraduateIndexFields.levelToken(s.getSkillId(), l));
            }
        }
        return tokens;
    }

    /** ISO 639-1 codes of the languages spoken. */
    @KeywordField(name = GraduateIndexFields.LANGUAGE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
    public List<String> getLanguageCodes() {
        return languages.stream().map(SpokenLanguage::getCode).distinct().toList();
    }

    /** One token {@code code@LEVEL} per language and per CEFR level up to the one spoken ("en@B2" means B2 or better). */
    @KeywordField(name = GraduateIndexFields.LANGUAGE_LEVEL)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
    public List<String> getLanguageLevelTokens() {
        List<String> tokens = new ArrayList<>();
        for (SpokenLanguage l : languages) {
            for (int i = 0; i <= l.getLevel().ordinal(); i++) {
                tokens.add(GraduateIndexFields.levelToken(l.getCode(), Cefr.values()[i].name()));
            }
        }
        return tokens;
    }

    /** The listing types the graduate wants and may take: JOB (unless only internships are possible), INTERNSHIP or both. */
    @KeywordField(name = GraduateIndexFields.WANTED_TYPE, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "wantsJob")),
            @ObjectPath(@PropertyValue(propertyName = "jobsEligible")),
            @ObjectPath(@PropertyValue(propertyName = "wantsInternship"))})
    public Set<ListingType> getWantedTypes() {
        Set<ListingType> types = EnumSet.noneOf(ListingType.class);
        if (wantsJob && jobsEligible) {
            types.add(ListingType.JOB);
        }
        if (wantsInternship) {
            types.add(ListingType.INTERNSHIP);
        }
        return types;
    }

    /**
     * The earliest date the graduate can start: the later of their own wish and the date the
     * school's work limits allow; {@code null} when neither is known. What employers see and the
     * matcher and search filter on.
     */
    @GenericField(name = GraduateIndexFields.AVAILABLE_FROM, sortable = Sortable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "availableFrom")),
            @ObjectPath(@PropertyValue(propertyName = "startNotBefore"))})
    public LocalDate getEarliestStart() {
        if (availableFrom == null) {
            return startNotBefore;
        }
        return startNotBefore != null && startNotBefore.isAfter(availableFrom) ? startNotBefore : availableFrom;
    }

    /** Hours a week the graduate may work, or {@code null}: no limit known. */
    public Integer getHoursPerWeek() {
        return hoursPerWeek == null ? null : hoursPerWeek.intValue();
    }

    /** Whether a job is possible at all (false: internships only). */
    public boolean isJobsEligible() {
        return jobsEligible;
    }

    /** The earliest start the work limits allow, without saying why; {@code null}: none. */
    public LocalDate getStartNotBefore() {
        return startNotBefore;
    }

    /**
     * Sets what the school's work limits allow employers to see (never the limits themselves).
     *
     * @param startNotBefore no start before this date, or {@code null}
     * @param hoursPerWeek   at most these hours a week (1 to 60), or {@code null}
     * @param jobsEligible   false when only internships are possible
     */
    public void applyWorkLimits(LocalDate startNotBefore, Integer hoursPerWeek, boolean jobsEligible) {
        if (hoursPerWeek != null && (hoursPerWeek < 1 || hoursPerWeek > 60)) {
            throw new IllegalArgumentException("hours per week must be between 1 and 60, got " + hoursPerWeek);
        }
        this.startNotBefore = startNotBefore;
        this.hoursPerWeek = hoursPerWeek == null ? null : hoursPerWeek.shortValue();
        this.jobsEligible = jobsEligible;
    }

    // --- behaviour --------------------------------------------------------------------------

    /** Sets a skill, replacing any earlier entry for the same id. */
    public void putSkill(String skillId, int level, SkillSource source) {
        GraduateSkill skill = new GraduateSkill(skillId, level, source);
        skills.removeIf(s -> s.getSkillId().equals(skillId));
        skills.add(skill);
    }

    public void removeSkill(String skillId) {
        skills.removeIf(s -> s.getSkillId().equals(skillId));
    }

    public void replaceSkills(List<GraduateSkill> newSkills) {
        skills.clear();
        newSkills.forEach(s -> putSkill(s.getSkillId(), s.getLevel(), s.getSource()));
    }

    /** Sets a spoken language, replacing any earlier level for the same code. */
    public void putLanguage(String code, Cefr level) {
        SpokenLanguage language = new SpokenLanguage(code, level);
        languages.removeIf(l -> l.getCode().equals(code));
        languages.add(language);
    }

    public void replaceLanguages(List<SpokenLanguage> newLanguages) {
        languages.clear();
        newLanguages.forEach(l -> putLanguage(l.getCode(), l.getLevel()));
    }

    public void addProject(PortfolioProject project) {
        projects.add(Objects.requireNonNull(project, "project"));
    }

    public void replaceProjects(List<PortfolioProject> newProjects) {
        projects.clear();
        projects.addAll(newProjects);
    }

    /** The consent basis of a decision the graduate made themself. */
    public static final String SELF = "graduate";

    /** Longest consent basis stored (the column's check). */
    public static final int MAX_CONSENT_BASIS = 500;

    /** Records the graduate's own decision to be shown to employers, or not, with its time. */
    public void setVisibleToEmployers(boolean visible) {
        if (visible != this.visibleToEmployers || consentChangedAt == null) {
            this.consentChangedAt = Instant.now();
            this.consentBasis = SELF;
        }
        this.visibleToEmployers = visible;
    }

    /**
     * Records a new graduate's consent as the school has it (an import): shown or not, since now, and
     * on what basis. Only for a profile being created; afterwards only the graduate changes it.
     *
     * @param basis how and when the graduate consented; required when {@code visible}
     */
    public void recordConsent(boolean visible, String basis) {
        if (visible && (basis == null || basis.isBlank())) {
            throw new IllegalArgumentException("a graduate is shown to employers only with a recorded consent basis");
        }
        if (basis != null && basis.length() > MAX_CONSENT_BASIS) {
            throw new IllegalArgumentException("consent basis longer than " + MAX_CONSENT_BASIS + " characters");
        }
        this.visibleToEmployers = visible;
        this.consentChangedAt = Instant.now();
        this.consentBasis = basis == null || basis.isBlank() ? null : basis.strip();
    }

    public String getConsentBasis() {
        return consentBasis;
    }

    /** True when recruiters of {@code companyId} must not see this graduate. */
    public boolean blocks(UUID companyId) {
        return companyId != null && blockedCompanies.contains(companyId);
    }

    public Set<UUID> getBlockedCompanies() {
        return Set.copyOf(blockedCompanies);
    }

    public void blockCompany(UUID companyId) {
        blockedCompanies.add(Objects.requireNonNull(companyId, "companyId"));
    }

    public void unblockCompany(UUID companyId) {
        blockedCompanies.remove(companyId);
    }

    /** The graduate did something (signed in, edited): activity resets the retention clock and clears its flag. */
    public void markActive(Instant at) {
        this.lastActiveAt = Objects.requireNonNull(at, "at");
        this.retentionFlaggedAt = null;
    }

    public Instant getLastActiveAt() {
        return lastActiveAt;
    }

    public Instant getRetentionFlaggedAt() {
        return retentionFlaggedAt;
    }

    public void setWantedTypes(boolean job, boolean internship) {
        this.wantsJob = job;
        this.wantsInternship = internship;
    }

    // --- plain accessors --------------------------------------------------------------------

    public UUID getId() {
        return id;
    }

    public UUID getCohortId() {
        return cohortId;
    }

    public void setCohortId(UUID cohortId) {
        this.cohortId = cohortId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = checkedDisplayName(displayName);
    }

    private static String checkedDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("display name must not be blank");
        }
        return displayName.strip();
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public RemotePreference getRemotePreference() {
        return remotePreference;
    }

    public void setRemotePreference(RemotePreference remotePreference) {
        this.remotePreference = Objects.requireNonNull(remotePreference, "remotePreference");
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public void setAvailableFrom(LocalDate availableFrom) {
        this.availableFrom = availableFrom;
    }

    public boolean isWantsJob() {
        return wantsJob;
    }

    public boolean isWantsInternship() {
        return wantsInternship;
    }

    public boolean isVisibleToEmployers() {
        return visibleToEmployers;
    }

    public Instant getConsentChangedAt() {
        return consentChangedAt;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<GraduateSkill> getSkills() {
        return List.copyOf(skills);
    }

    public List<SpokenLanguage> getLanguages() {
        return List.copyOf(languages);
    }

    public List<PortfolioProject> getProjects() {
        return List.copyOf(projects);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The record this one was merged into, or null. */
    public UUID getMergedInto() {
        return mergedInto;
    }

    /**
     * Marks this record as merged into {@code keptId} (null: restores it after an undo). A merged
     * record is inactive, so every rule that asks {@link #isActive()} hides it too.
     */
    public void mergeInto(UUID keptId) {
        this.mergedInto = keptId;
        this.active = keptId == null;
    }

    public long getVersion() {
        return version;
    }
}
