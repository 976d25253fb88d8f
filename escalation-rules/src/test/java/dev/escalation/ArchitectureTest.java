package dev.escalation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library (core and rules, main code) does no I/O and reads no clock, environment or system property, and the
 * core does not depend on Drools or KIE. Reading the rule files from the classpath is allowed: it is neither a file
 * nor the network.
 */
class ArchitectureTest {

    private static JavaClasses library;
    private static JavaClasses core;

    @BeforeAll
    static void importMainClasses() {
        // The core may arrive as a jar in a reactor build, so jars are not excluded; the package names keep
        // everything but our own main classes out.
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        library = importer.importPackages("dev.escalation");
        core = importer.importPackages("dev.escalation.model", "dev.escalation.decision", "dev.escalation.settings",
                "dev.escalation.validation");
    }

    @Test
    void bothModulesAreChecked() {
        org.assertj.core.api.Assertions.assertThat(library.contain(EscalationPolicy.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(library.contain(dev.escalation.validation.CaseValidator.class))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(core.contain(dev.escalation.model.Account.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(core.contain(EscalationPolicy.class)).isFalse();
    }

    @Test
    void theLibraryTouchesNoFilesNorTheNetwork() {
        ArchRule rule = noClasses().should().dependOnClassesThat().belongToAnyOf(java.io.File.class,
                java.io.FileInputStream.class, java.io.FileOutputStream.class, java.io.FileReader.class,
                java.io.FileWriter.class, java.io.RandomAccessFile.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..",
                        "java.nio.channels..");
        rule.check(library);
    }

    @Test
    void theLibraryReadsNoClock() {
        ArchRule rule = noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(Clock.class, "system", java.time.ZoneId.class);
        rule.check(library);
    }

    @Test
    void theLibraryReadsNoEnvironmentNorSystemProperties() {
        ArchRule rule = noClasses().should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class)
                .orShould().callMethod(System.class, "getProperty", String.class, String.class)
                .orShould().callMethod(System.class, "getProperties");
        rule.check(library);
    }

    @Test
    void theLibraryPrintsNothing() {
        ArchRule rule = noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err");
        rule.check(library);
    }

    @Test
    void theCoreDependsOnNeitherDroolsNorKie() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..");
        rule.check(core);
    }
}
