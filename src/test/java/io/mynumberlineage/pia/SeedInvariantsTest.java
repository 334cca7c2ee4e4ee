package io.mynumberlineage.pia;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import org.junit.jupiter.api.Test;

/** Properties every seed's manifest must have: stable ids, provenance, line accounting. */
@RequiresSeeds
class SeedInvariantsTest {

    @Test
    void reImportGivesTheSameIds() {
        Manifest a = Seeds.manifest("002_");
        Manifest b = Seeds.manifest("002_");
        assertThat(b.flows()).extracting(FlowRecord::id).containsExactlyElementsOf(a.flows().stream().map(FlowRecord::id).toList());
        assertThat(a.flows().get(0).id()).isEqualTo("花巻市/5/個人住民税に関する事務#file:1#提供:1");
    }

    @Test
    void everyRecordCarriesProvenanceWithinQuoteLimit() {
        for (var seed : Seeds.all()) {
            Manifest m = Seeds.manifest(seed.getFileName().toString().substring(0, 4));
            assertThat(m.flows()).allSatisfy(f -> assertThat(f.provenance().line()).isPositive());
            assertThat(m.systems()).allSatisfy(s -> assertThat(s.provenance().quote()).isNotBlank());
            assertThat(m.unparsed()).allSatisfy(u -> assertThat(u.provenance().quote().codePointCount(0, u.provenance().quote().length()))
                    .isLessThanOrEqualTo(40));
            assertThat(m.report().sections()).containsKey("_lines");
            assertThat(m.report().sections().get("_lines").warnings()).as("lines caught by the safety net in " + seed).isZero();
        }
    }
}
