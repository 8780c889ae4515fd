package org.migracode.talent.index;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** search-index is persistence and retrieval: no web, no security, no servlet types. */
class ModuleBoundaryTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.migracode.talent.index");

    @Test
    void searchIndexDoesNotKnowSpringMvcSecurityOrServlets() {
        noClasses().that().resideInAPackage("org.migracode.talent.index..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.security..", "jakarta.servlet..",
                        "org.migracode.talent.portal..")
                .check(classes);
    }

    /**
     * Queries (recruiter search, both matcher stages, the access rule's index filter) use the
     * Hibernate Search DSL only, so they run on the Lucene and the Elasticsearch/OpenSearch
     * backends alike (docs/scaling.md). Only the
     * analysis configurers and the backend settings may name a backend.
     */
    @Test
    void queriesUseNoBackendSpecificApi() {
        noClasses().that().resideInAnyPackage("org.migracode.talent.index.search..", "org.migracode.talent.index.matching..",
                        "org.migracode.talent.index.access..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.lucene..", "org.hibernate.search.backend.lucene..",
                        "org.hibernate.search.backend.elasticsearch..", "org.elasticsearch..")
                .check(classes);
    }

    /**
     * Dependencies point one way: the matcher reads the entities, the entities do not know the
     * matcher. The index fields the matcher derives (match profile, implied and mentioned skills,
     * the text channels) are written by binders in {@code index.matching}, which the entities name
     * only as Spring beans, so the entity packages compile without it.
     */
    @Test
    void entitiesDoNotDependOnTheMatcher() {
        noClasses().that().resideInAnyPackage("org.migracode.talent.index.graduates..", "org.migracode.talent.index.listings..")
                .should().dependOnClassesThat().resideInAPackage("org.migracode.talent.index.matching..")
                .check(classes);
    }
}
