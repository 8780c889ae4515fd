package org.migracode.talent.index.graduates;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;
import org.migracode.talent.index.analysis.SearchAnalyzers;

/** A portfolio project: what the graduate built, with which technologies (taxonomy ids), and where to see it. */
@Embeddable
public class PortfolioProject {

    @FullTextField(analyzer = SearchAnalyzers.TEXT)
    @Column(nullable = false)
    private String title;

    @FullTextField(analyzer = SearchAnalyzers.TEXT, projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    @Column(columnDefinition = "text")
    private String description;

    private String url;

    @KeywordField
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> technologies = new ArrayList<>();

    protected PortfolioProject() {
    }

    public PortfolioProject(String title, String description, String url, List<String> technologies) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("project title must not be blank");
        }
        this.title = title;
        this.description = description;
        this.url = url;
        this.technologies = new ArrayList<>(technologies == null ? List.of() : technologies);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getTechnologies() {
        return List.copyOf(technologies);
    }
}
