package io.mynumberlineage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.mynumberlineage.audit.AuditAfterStartup;
import io.mynumberlineage.audit.AuditRunner;
import io.mynumberlineage.graph.SchemaMigrations;
import io.mynumberlineage.law.LegalBasisCatalog;
import io.mynumberlineage.law.LegalCatalogLoader;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The checksum command's settings leave out every start-up step that writes to the store. */
class ChecksumReadOnlyTest {

    private final ApplicationContextRunner writers = new ApplicationContextRunner()
            .withBean(AuditRunner.class, () -> mock(AuditRunner.class))
            .withBean(Driver.class, () -> mock(Driver.class))
            .withBean(LegalBasisCatalog.class, () -> mock(LegalBasisCatalog.class))
            .withBean(SchemaMigrations.SchemaVersion.class, () -> mock(SchemaMigrations.SchemaVersion.class))
            .withUserConfiguration(AuditAfterStartup.class, LegalCatalogLoader.class);

    @Test
    void byDefaultTheAppWritesTheCatalogAndAuditsAtStart() {
        writers.run(context -> assertThat(context).hasSingleBean(AuditAfterStartup.class)
                .hasSingleBean(LegalCatalogLoader.class));
    }

    @Test
    void theChecksumCommandStartsNeither() {
        String[] settings = ChecksumCommand.READ_ONLY.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        writers.withPropertyValues(settings).run(context -> assertThat(context)
                .doesNotHaveBean(AuditAfterStartup.class).doesNotHaveBean(LegalCatalogLoader.class));
    }
}
