package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.SharedData;
import io.mynumberlineage.graph.GraphDocument;
import io.mynumberlineage.graph.ManifestGraphMapper;
import io.mynumberlineage.manifest.BasisHint;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.PiaImporter;
import io.mynumberlineage.pia.corpus.PiaCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: every key of every flow comes from the flow's own citation cell. Runs over every flow
 * of the invented corpus and, where present, of the seeds; prints the share of flows whose every key
 * is backed (the figure in bench/RESULTS.md).
 */
class FlowKeysBackedByCitationTest {

    private static final List<String> CORPUS = List.of("01-town-kiso-lines.txt", "02-prefecture-juten-tabs.txt",
            "03-board-zenkoumoku.html", "04-union-kiso.md", "05-ministry-pdf-wrapped.txt", "06-cooperative-flat.txt",
            "07-city-spaced.txt", "08-agency-zenkoumoku-draft.txt", "09-board-kiso-scrambled.txt", "10-public-comment.html");

    private final ManifestGraphMapper mapper = new ManifestGraphMapper(new CatalogLegalBasisResolver(CitationParser.withDefaults()));
    private final PiaImporter importer = new PiaImporter();

    @Test
    void everyKeyOfTheInventedCorpusIsBackedByItsOwnCitation() {
        List<Manifest> manifests = CORPUS.stream().map(n -> importer.importBytes(n, PiaCorpus.bytes(n)).manifest()).toList();
        Tally tally = check(manifests);
        System.out.println("corpus: " + tally);
        // the corpus forms state their bases per 事務, not per recipient: every flow is walked, few carry keys
        // (today they list no recipients at all: this guards what a future corpus document adds)
        assertThat(manifests).hasSize(CORPUS.size());
        assertThat(tally.unbacked).isEmpty();
    }

    @Test
    @RequiresSeeds
    void everyKeyOfTheSeedsIsBackedByItsOwnCitation() throws IOException {
        List<Manifest> manifests = new ArrayList<>();
        try (var seeds = java.nio.file.Files.list(SharedData.seedsDir())) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                manifests.add(importer.importFile(seed).manifest());
            }
        }
        Tally tally = check(manifests);
        System.out.println("seeds: " + tally);
        assertThat(tally.flowsWithKeys).isGreaterThan(100);
        assertThat(tally.unbacked).isEmpty();
    }

    @Test
    void theCheckFailsOnAKeyOnlyAnotherCellCouldGive() {
        var flow = new GraphDocument.FlowRow("f", null, null, null, null,
                java.util.Map.of("citations", List.of("番号法第19条第11号及び架空市の番号条例第5条第1項")), java.util.Map.of(),
                List.of("番号法/19/11/別表2/27", "番号法/19/11", "条例/架空市/5/1"), List.of(), List.of());
        assertThat(FlowKeyBacking.check(flow)).extracting(FlowKeyBacking.Unbacked::key).containsExactly("番号法/19/11/別表2/27");
    }

    /** Hints from another cell stay hints; a whole-table citation takes the same table's items only. */
    @Test
    void aHintFromAnotherCellIsNeverAKeyOfATableTheCitationDoesNotName() {
        Manifest base = io.mynumberlineage.graph.TestManifests.read(io.mynumberlineage.graph.TestManifests.JUKI_V1);
        FlowRecord template = base.flows().get(0);
        var prov = template.provenance();
        FlowRecord ordinance = new FlowRecord("h1", template.fileId(), "移転", 1, "架空課",
                List.of("番号法第19条第11号及び若葉台市の番号条例第5条第1項"), List.of(), "架空の用途(別表1-27)", List.of(),
                List.of(), null, null, prov, List.of(new BasisHint("用途", "別表1-27", "番号法/9/1/別表1/27", prov)));
        FlowRecord wholeTable = new FlowRecord("h2", template.fileId(), "提供", 2, "架空大臣",
                List.of("番号法第19条第8号 別表第二"), List.of(), null, List.of(), List.of(), null, null, prov,
                List.of(new BasisHint("用途", "別表第二の33の項", "番号法/19/8/別表2/33", prov),
                        new BasisHint("用途", "別表1-5", "番号法/9/1/別表1/5", prov)));
        Manifest m = new Manifest(base.schemaVersion(), base.document(), base.systems(), base.files(), base.acquisitions(),
                base.useBases(), List.of(ordinance, wholeTable), base.entrustments(), base.riskMeasures(),
                base.thirdPartyReviews(), base.disclosureContacts(), base.changes(), base.unparsed(), base.report());

        GraphDocument doc = mapper.map(m);
        var byId = new java.util.HashMap<String, GraphDocument.FlowRow>();
        doc.flows().forEach(f -> byId.put(f.id().substring(f.id().lastIndexOf('#') + 1), f));

        assertThat(byId.get("h1").basis()).containsExactly("番号法/19/11", "条例/若葉台市/5/1");
        assertThat((List<?>) byId.get("h1").properties().get("basisHints")).hasSize(1);
        // the citation names the whole table; items seen only in 用途 stay hints
        assertThat(byId.get("h2").basis()).containsExactly("番号法/19/8/別表2");
        assertThat((List<?>) byId.get("h2").properties().get("basisHints")).hasSize(2);
        assertThat(check(List.of(m)).unbacked).isEmpty();
    }

    private Tally check(List<Manifest> manifests) {
        Tally tally = new Tally();
        for (Manifest m : manifests) {
            GraphDocument doc = mapper.map(m);
            for (GraphDocument.FlowRow flow : doc.flows()) {
                if (flow.basis().isEmpty()) {
                    continue;
                }
                tally.flowsWithKeys++;
                var bad = FlowKeyBacking.check(flow);
                if (bad.isEmpty()) {
                    tally.backed++;
                } else {
                    tally.unbacked.addAll(bad);
                }
            }
        }
        return tally;
    }

    private static final class Tally {
        int flowsWithKeys;
        int backed;
        final List<FlowKeyBacking.Unbacked> unbacked = new ArrayList<>();

        @Override
        public String toString() {
            return "flows with keys " + flowsWithKeys + ", every key backed " + backed + " ("
                    + (flowsWithKeys == 0 ? "-" : "%.1f %%".formatted(100.0 * backed / flowsWithKeys)) + ")";
        }
    }
}
