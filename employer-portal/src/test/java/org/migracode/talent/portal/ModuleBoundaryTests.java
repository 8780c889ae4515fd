package org.migracode.talent.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * One direction of dependency: portal → index → core. The portal reaches Lucene only through
 * the search-index module, never directly.
 */
class ModuleBoundaryTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.migracode.talent");

    @Test
    void coreKnowsNoFrameworkAndNoOtherModule() {
        noClasses().that().resideInAPackage("org.migracode.talent.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.hibernate..",
                        "org.apache.lucene..", "jakarta..", "org.migracode.talent.index..", "org.migracode.talent.portal..")
                .check(classes);
    }

    @Test
    void indexKnowsNoWebNoSecurityAndNotThePortal() {
        noClasses().that().resideInAPackage("org.migracode.talent.index..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.security..", "jakarta.servlet..", "org.migracode.talent.portal..")
                .check(classes);
    }

    @Test
    void portalDoesNotUseLuceneDirectly() {
        noClasses().that().resideInAPackage("org.migracode.talent.portal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(classes);
    }
}
