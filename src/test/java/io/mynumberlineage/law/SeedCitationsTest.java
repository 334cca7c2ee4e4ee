package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every legal-basis cell of the five seeds parses with nothing left over, to concrete keys. */
@RequiresSeeds
class SeedCitationsTest {

    private final CitationParser parser = CitationParser.withDefaults();

    @Test
    void everySeedCitationParsesWithoutUnparsedFragments() {
        List<SeedCitations.Cell> cells = SeedCitations.cells();
        assertThat(cells).hasSizeGreaterThan(150);
        List<String> failures = new ArrayList<>();
        for (SeedCitations.Cell cell : cells) {
            CitationParse p = parser.parse(cell.text());
            if (!p.fullyParsed()) {
                failures.add(cell.document() + ":" + cell.line() + " " + p.unparsedFragments());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyCellThatNamesALawYieldsABasis() {
        List<String> empty = new ArrayList<>();
        for (SeedCitations.Cell cell : SeedCitations.cells()) {
            boolean namesLaw = cell.text().matches("(?s).*(番号法|住基法|条例|別表).*");
            if (namesLaw && parser.parse(cell.text()).bases().isEmpty()) {
                empty.add(cell.document() + ":" + cell.line());
            }
        }
        assertThat(empty).isEmpty();
    }

    private Set<String> keysOf(String document) {
        Set<String> keys = new LinkedHashSet<>();
        for (SeedCitations.Cell cell : SeedCitations.cells()) {
            if (cell.document().startsWith(document)) {
                keys.addAll(parser.parse(cell.text()).keys());
            }
        }
        return keys;
    }

    @Test
    void pensionDocumentUsesThreeItemsOfTableOne() {
        assertThat(keysOf("001_")).contains("番号法/9/1/別表1/31", "番号法/9/1/別表1/83", "番号法/9/1/別表1/95");
    }

    @Test
    void taxDocumentCitesUseProvisionAndOldNetworkItems() {
        Set<String> keys = keysOf("002_");
        assertThat(keys).contains("番号法/9/1/別表1/16", "別表第一主務省令/16", "番号法/9/2",
                "番号法/19/8/別表2/1", "番号法/19/8/別表2/27", "番号法/19/8/別表2/120", "別表第二主務省令/59");
    }

    @Test
    void residentRegistryDocumentsCiteSubItemAndOrdinance() {
        Set<String> keys = keysOf("000_");
        assertThat(keys).contains("番号法/19/8/別表2/85の2", "番号法/19/8/別表2/120", "番号法/19/11",
                "別表第二主務省令/22の3", "別表第二主務省令/59の2の2");
        assertThat(keys).anyMatch(k -> k.matches("条例/[^/]+/5/1"));
    }

    @Test
    void amendedDocumentMapsBothErasToOneKey() {
        Set<String> keys = keysOf("003_");
        // 地方税: written 「別表第二(第27項)」 before the amendment and 「主務省令第2条の表(第48項)」 after
        assertThat(keys).contains("番号法/19/8/別表2/27", "番号法/9/1/別表1/16", "住基法/30の6",
                "番号法/19/8/別表2/107", "番号法/19/8/別表2/85の2");
        assertThat(keys).doesNotContain("番号法/19/8/主務省令2表/48", "番号法/9/1/別表/24");
    }

    @Test
    void everyBeppyoItemTheSeedsCiteIsInTheCatalog() {
        LegalBasisCatalog catalog = new LegalBasisCatalog();
        Set<String> missing = new LinkedHashSet<>();
        for (SeedCitations.Cell cell : SeedCitations.cells()) {
            for (LegalBasisRef ref : parser.parse(cell.text()).bases()) {
                if (ref.table() != null && ref.tableItem() != null && catalog.find(ref.key()).isEmpty()) {
                    missing.add(ref.key());
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
