package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 別表 catalog is in the graph as LegalBasis nodes, titles and unknown flags included. */
class LegalCatalogLoaderTest extends AppTestSupport {

    @Autowired
    LegalBasisCatalog catalog;

    @Test
    void everyCatalogRowIsALegalBasisNode() {
        try (var session = driver.session()) {
            long stored = session.run("MATCH (lb:LegalBasis {catalog: true}) RETURN count(lb) AS c").single().get("c").asLong();
            assertThat(stored).isEqualTo(catalog.entries().size());
            var tax = session.run("MATCH (lb:LegalBasis {key: $key}) RETURN lb.title AS title, lb.known AS known, lb.source AS source",
                    Map.of("key", "番号法/19/8/別表2/27")).single();
            assertThat(tax.get("title").asString()).isEqualTo(catalog.find("番号法/19/8/別表2/27").orElseThrow().title());
            assertThat(tax.get("known").asBoolean()).isTrue();
            assertThat(tax.get("source").asString()).isNotBlank();
            var later = session.run("MATCH (lb:LegalBasis {key: $key}) RETURN lb.known AS known, lb.title AS title",
                    Map.of("key", "番号法/19/8/別表2/85の2")).single();
            assertThat(later.get("known").asBoolean()).isFalse();
            assertThat(later.get("title").isNull()).isTrue();
        }
    }
}
