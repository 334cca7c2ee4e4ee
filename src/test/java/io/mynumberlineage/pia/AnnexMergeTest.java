package io.mynumberlineage.pia;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.pia.extract.AnnexRecipients;
import io.mynumberlineage.pia.read.PiaReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hook through which 別紙 recipient lists (another extractor's job) join the manifest. */
@RequiresSeeds
class AnnexMergeTest {

    private static FlowRecord annexFlow(String kind, int ordinal, String recipient, int line) {
        return new FlowRecord(null, null, kind, ordinal, recipient, List.of("番号法第9条第1項 別表第一の41項"), List.of("41"), "用途",
                List.of("住民票関係情報"), List.of("庁内連携システム"), "都度", null, new Provenance("003", "別紙2", line, recipient));
    }

    @Test
    void annexFlowsJoinTheReferringFileAndBodyWinsOnDuplicates() {
        List<List<String>> seen = new ArrayList<>();
        AnnexRecipients fake = (name, lines) -> {
            seen.add(lines);
            return new AnnexRecipients.AnnexFlows(
                    List.of(annexFlow("提供", 20, "重複する提供先", 6000), annexFlow("提供", 21, "他の市町村長", 6001),
                            annexFlow("移転", 1, "福祉部障害福祉課", 6100)),
                    List.of(), List.of("テスト警告"));
        };
        ImportOutcome o = new PiaImporter(PiaReader.DEFAULT_MAX_BYTES, fake).importFile(Seeds.seed("003_"));
        Manifest m = o.manifest();
        FileRecord juki = Seeds.file(m, "住民基本台帳ファイル");

        assertThat(seen).singleElement().satisfies(lines -> assertThat(lines.get(6040)).contains("別添3"));
        assertThat(Seeds.flow(m, juki, "提供", 21).recipient()).isEqualTo("他の市町村長");
        assertThat(Seeds.flow(m, juki, "提供", 21).id()).isEqualTo(juki.id() + "#提供:21");
        assertThat(Seeds.flow(m, juki, "提供", 20).recipient()).isEqualTo("国家公務員共済組合連合会");
        assertThat(Seeds.flow(m, juki, "移転", 1).fileId()).isEqualTo(juki.id());
        assertThat(m.report().warnings())
                .anyMatch(w -> w.contains("提供先20 は本文と別紙の両方"))
                .anyMatch(w -> w.contains("テスト警告"))
                .anyMatch(w -> w.contains("提供先は 58 件と記載") && w.contains("21 件"))
                .anyMatch(w -> w.contains("移転先は 28 件と記載") && w.contains("1 件"));
        assertThat(m.unparsed()).noneMatch(u -> u.reason().startsWith("別紙の記載"));
        assertThat(Seeds.JSON.read(Seeds.JSON.write(m))).isEqualTo(m);
    }

    @Test
    void documentsWithoutAnAnnexReferenceNeverCallTheSource() {
        List<String> calls = new ArrayList<>();
        AnnexRecipients fake = (name, lines) -> {
            calls.add(name);
            return null;
        };
        new PiaImporter(PiaReader.DEFAULT_MAX_BYTES, fake).importFile(Seeds.seed("002_"));
        assertThat(calls).isEmpty();
    }
}
