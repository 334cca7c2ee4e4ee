package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mynumberlineage.RequiresSeeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalBasisCatalogTest {

    private final LegalBasisCatalog catalog = new LegalBasisCatalog();

    @Test
    void holdsEveryItemOfBothTablesFromTheStatuteData() {
        List<CatalogEntry> known = catalog.entries().stream().filter(CatalogEntry::known).toList();
        assertThat(known.stream().filter(e -> "別表1".equals(e.table()))).hasSize(99);
        assertThat(known.stream().filter(e -> "別表2".equals(e.table()))).hasSize(121);
    }

    @RequiresSeeds(law = true)
    @Test
    void titlesAreShortFormsOfTheStatuteData() throws IOException {
        Path data = Path.of(System.getProperty("law.dir", "../shared/law"), "bango_beppyo_2015_full.json");
        JsonNode root = new ObjectMapper().readTree(Files.readString(data));
        for (JsonNode row : root.path("beppyo2")) {
            CatalogEntry e = catalog.find("番号法/19/8/別表2/" + row.path("no").asText()).orElseThrow();
            assertShortFormOf(e.title(), row.path("jimu_short").asText());
            assertThat(e.actor()).isEqualTo(row.path("shokaisha").asText());
            assertThat(e.providers()).hasSize(row.path("providers").size());
            for (int i = 0; i < e.providers().size(); i++) {
                assertShortFormOf(e.providers().get(i).information(), row.path("providers").get(i).path("joho_short").asText());
            }
        }
        for (JsonNode row : root.path("beppyo1")) {
            CatalogEntry e = catalog.find("番号法/9/1/別表1/" + row.path("no").asText()).orElseThrow();
            assertShortFormOf(e.title(), row.path("jimu_short").asText());
        }
    }

    /** At most 40 characters, the statute's own wording when it fits, otherwise only pieces of it. */
    private static void assertShortFormOf(String shortForm, String statute) {
        assertThat(shortForm).hasSizeLessThanOrEqualTo(40);
        if (statute.length() <= 40) {
            assertThat(shortForm).isEqualTo(statute);
        }
        for (String piece : shortForm.split("[…（）]")) {
            assertThat(statute).contains(piece);
        }
    }

    @Test
    void localTaxItemsHaveTheirTitles() {
        assertThat(catalog.find("番号法/19/8/別表2/27").orElseThrow().title()).contains("地方税");
        assertThat(catalog.find("番号法/9/1/別表1/16").orElseThrow().title()).contains("地方税");
    }

    @Test
    void itemMissingFromTheDataIsFlaggedWithoutATitle() {
        CatalogEntry e = catalog.find("番号法/19/8/別表2/85の2").orElseThrow();
        assertThat(e.known()).isFalse();
        assertThat(e.title()).isNull();
        assertThat(e.source()).contains("citedBy");
    }

    @Test
    void everyKnownRowNamesItsSourceCommit() {
        for (CatalogEntry e : catalog.entries()) {
            if (e.known()) {
                assertThat(e.source()).contains("ledmonster/japanese-law").contains("H25HO027")
                        .contains("b72b062aadba5058515249e847b18458d89b338d");
            } else {
                assertThat(e.title()).isNull();
                assertThat(e.source()).isNotBlank();
            }
        }
    }

    @Test
    void validityFollowsTheTable() {
        assertThat(catalog.find("番号法/9/1/別表1/16").orElseThrow().validFrom()).isEqualTo(LawEras.IN_FORCE);
        assertThat(catalog.entries()).filteredOn(e -> "主務省令2表".equals(e.table()))
                .isNotEmpty().allMatch(e -> LawEras.ERA_D_FROM.equals(e.validFrom()));
    }

    @Test
    void unknownKeyGivesAFlaggedPlaceholder() {
        CatalogEntry e = catalog.describe("番号法/19/11");
        assertThat(e.known()).isFalse();
        assertThat(e.key()).isEqualTo("番号法/19/11");
    }

    @Test
    void concordancePairsPointAtKnownOldItems() {
        RenumberingConcordance concordance = new RenumberingConcordance();
        assertThat(concordance.size()).isGreaterThan(10);
        assertThat(concordance.oldItemOf("主務省令2表", "48")).hasValueSatisfying(p -> {
            assertThat(p.oldItem()).isEqualTo("27");
            assertThat(catalog.find("番号法/19/8/別表2/" + p.oldItem()).orElseThrow().known()).isTrue();
        });
        assertThat(concordance.oldItemOf("別表", "24")).hasValueSatisfying(p -> assertThat(p.oldItem()).isEqualTo("16"));
        assertThat(concordance.oldItemOf("主務省令2表", "1")).isEmpty();
    }

    @Test
    void nodePropertiesJoinTheParseAndTheCatalog() {
        LegalBasisRef ref = CitationParser.withDefaults().parse("番号法第19条第7号 別表第二の27の項").bases().get(0);
        var props = LegalBasisNode.of(ref, catalog.describe(ref.key())).toProperties();
        assertThat(props).containsEntry("key", "番号法/19/8/別表2/27").containsEntry("kind", "提供")
                .containsEntry("known", true).containsEntry("validFrom", "2015-10-05").doesNotContainKey("validTo");
        assertThat((String) props.get("title")).contains("地方税");
        var unknown = LegalBasisNode.of(catalog.find("番号法/19/8/別表2/85の2").orElseThrow()).toProperties();
        assertThat(unknown).containsEntry("known", false).doesNotContainKey("title");
    }
}
