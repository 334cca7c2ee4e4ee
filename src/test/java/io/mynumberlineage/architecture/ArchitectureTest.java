package io.mynumberlineage.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mynumberlineage.graph.GraphReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The package rules of the README's Architecture section: one package per feature, no cycles between
 * features, no Cypher in controllers, every package saying what it owns.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.mynumberlineage");
    }

    @Test
    void featuresDoNotDependOnEachOtherInACycle() {
        slices().matching("io.mynumberlineage.(*)..").namingSlices("$1").should().beFreeOfCycles().check(classes);
    }

    @Test
    void controllersHoldNoCypher() {
        // Cypher lives in query classes (and resource files); a controller validates and shapes answers.
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().haveFullyQualifiedName(GraphReader.class.getName())
                .orShould().dependOnClassesThat().resideInAPackage("org.neo4j.driver..")
                .check(classes);
    }

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        Path sources = Path.of("src/main/java");
        List<Path> packages;
        try (Stream<Path> files = Files.walk(sources)) {
            packages = files.filter(p -> p.toString().endsWith(".java")).map(Path::getParent).distinct().toList();
        }
        assertThat(packages).hasSizeGreaterThan(15);
        assertThat(packages).allSatisfy(p -> assertThat(p.resolve("package-info.java")).as(sources.relativize(p).toString())
                .exists());
    }
}
