package org.migracode.talent.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** matcher-core stays pure Java: no framework, persistence or search engine types. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.migracode.talent.core");

    @Test
    void coreDependsOnNoFrameworkPersistenceOrSearchEngine() {
        ArchRule rule = noClasses().that().resideInAPackage("org.migracode.talent.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.hibernate..", "org.apache.lucene..", "jakarta.persistence..");
        rule.check(CORE);
    }

    @Test
    void taxonomyKnowsNothingOfProfilesOrScoring() {
        noClasses().that().resideInAPackage("org.migracode.talent.core.taxonomy..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.migracode.talent.core.profile..", "org.migracode.talent.core.scoring..",
                        "org.migracode.talent.core.extraction..", "org.migracode.talent.core.metrics..")
                .check(CORE);
    }

    @Test
    void metricsStandAlone() {
        noClasses().that().resideInAPackage("org.migracode.talent.core.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.migracode.talent.core.scoring..", "org.migracode.talent.core.profile..",
                        "org.migracode.talent.core.extraction..", "org.migracode.talent.core.taxonomy..")
                .check(CORE);
    }

    @Test
    void classesImportedAreNotEmptySoTheRulesCanFail() {
        org.assertj.core.api.Assertions.assertThat(CORE.size()).isGreaterThan(20);
    }
}
