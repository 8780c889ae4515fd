package org.migracode.talent.index.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A class of students who start and graduate together, with the curriculum modules taught
 * (skill ids of the taxonomy, e.g. {@code html}, {@code javascript}, {@code react}).
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String name;

    private String school;

    private String city;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "graduation_date", nullable = false)
    private LocalDate graduationDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "modules", nullable = false)
    private List<String> modules = new ArrayList<>();

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(UUID id, String name, LocalDate startDate, LocalDate graduationDate, List<String> modules) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        if (graduationDate.isBefore(startDate)) {
            throw new IllegalArgumentException("graduation date " + graduationDate + " is before start date " + startDate);
        }
        this.startDate = startDate;
        this.graduationDate = graduationDate;
        this.modules = new ArrayList<>(modules);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getGraduationDate() {
        return graduationDate;
    }

    public List<String> getModules() {
        return List.copyOf(modules);
    }

    public long getVersion() {
        return version;
    }
}
