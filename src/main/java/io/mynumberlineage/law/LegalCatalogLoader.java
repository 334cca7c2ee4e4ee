package io.mynumberlineage.law;

import io.mynumberlineage.graph.LegalBasisLabel;
import io.mynumberlineage.graph.SchemaMigrations;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes every 別表 catalog row as a {@code LegalBasis} node at start-up, before any demo data, so a
 * basis can be found, listed and explained before a flow cites it. Idempotent: MERGE on the key;
 * properties a loaded flow already set (its citation as written, its display name) are kept.
 * Commands that only read the store (checksum) turn it off with {@code lineage.catalog-on-start=false}.
 */
@Component
@ConditionalOnProperty(name = "lineage.catalog-on-start", havingValue = "true", matchIfMissing = true)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LegalCatalogLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegalCatalogLoader.class);

    private static final String MERGE_CATALOG = """
            UNWIND $rows AS row
            MERGE (lb:LegalBasis {key: row.key})
            SET lb += row.properties, lb.name = coalesce(lb.name, row.name), lb.catalog = true
            """;

    private final Driver driver;
    private final LegalBasisCatalog catalog;

    public LegalCatalogLoader(Driver driver, LegalBasisCatalog catalog, SchemaMigrations.SchemaVersion schema) {
        this.driver = driver;
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> rows = catalog.entries().stream()
                .map(entry -> {
                    Map<String, Object> properties = LegalBasisNode.of(entry).toProperties();
                    properties.remove("key");
                    return Map.<String, Object>of("key", entry.key(), "name", LegalBasisLabel.of(entry.key()),
                            "properties", properties);
                })
                .toList();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(MERGE_CATALOG, Map.of("rows", rows)));
        }
        log.info("別表カタログを格納しました（{} 項目）。", rows.size());
    }
}
