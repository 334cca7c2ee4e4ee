package io.mynumberlineage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.SharedData;
import io.mynumberlineage.graph.GraphDocument;
import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.graph.ManifestGraphMapper;
import io.mynumberlineage.law.CatalogLegalBasisResolver;
import io.mynumberlineage.law.CitationParser;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.PiaImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo manifests in src/main/resources/demo are what {@code export --demo} makes of the seed
 * 評価書 today: the same facts, the same graph, and none of the seeds' sentences. When the extractor
 * changes, the first test fails and prints the one command that rewrites them.
 */
@RequiresSeeds
class ShippedDemoDataTest {

    private static final Path SHIPPED = Path.of(DemoExport.SOURCE_DIR);
    /** The length from which shared/tools/seed-copy-check.py reports a copied run. */
    private static final int COPIED_RUN = 50;

    private static Map<String, Manifest> fresh;
    private static Map<String, Manifest> shipped;

    @BeforeAll
    static void readBoth() throws IOException {
        fresh = new TreeMap<>(new DemoExport(new PiaImporter()).derive(SharedData.seedsDir()));
        shipped = new TreeMap<>();
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                shipped.put(file.getFileName().toString(), ManifestCodec.read(file));
            }
        }
    }

    @Test
    void shippedManifestsAreAFreshImportOfTheSeedsWithoutTheirText() {
        List<String> stale = new ArrayList<>();
        Set<String> names = new HashSet<>(fresh.keySet());
        names.addAll(shipped.keySet());
        for (String name : new java.util.TreeSet<>(names)) {
            if (!java.util.Objects.equals(fresh.get(name), shipped.get(name))) {
                stale.add(name + (shipped.containsKey(name) ? (fresh.containsKey(name) ? " differs" : " has no seed") : " is missing"));
            }
        }
        assertThat(stale)
                .as("The demo manifests in %s no longer match the seeds in %s. Regenerate them with:%n  %s%n",
                        SHIPPED, SharedData.seedsDir(), DemoExport.regenerateCommand(SharedData.seedsDir().toAbsolutePath().normalize()))
                .isEmpty();
        assertThat(shipped).hasSize(5);
    }

    /**
     * Leaving the text out must not change what is drawn: the same systems, files, flows, ends and
     * legal bases as the document gives once its overlong names are shortened the same way.
     */
    @Test
    void theDemoDrawsTheSameGraphAsTheSeedDocuments() throws IOException {
        var mapper = new ManifestGraphMapper(new CatalogLegalBasisResolver(CitationParser.withDefaults()));
        var importer = new PiaImporter();
        int compared = 0;
        for (Path seed : DemoExport.documents(SharedData.seedsDir())) {
            Manifest full = importer.importFile(seed).manifest();
            GraphDocument fromSeed = mapper.map(DemoManifests.namesShortened(full));
            GraphDocument fromDemo = mapper.map(DemoManifests.derive(full));
            assertThat(fromDemo.assessmentId()).isEqualTo(fromSeed.assessmentId());
            assertThat(ids(fromDemo.systems())).as(seed + " systems").isEqualTo(ids(fromSeed.systems()));
            assertThat(ids(fromDemo.files())).as(seed + " files").isEqualTo(ids(fromSeed.files()));
            assertThat(fromDemo.connections()).as(seed + " connections").isEqualTo(fromSeed.connections());
            Map<String, String> demoFlows = flows(fromDemo);
            Map<String, String> seedFlows = flows(fromSeed);
            List<String> differing = seedFlows.keySet().stream().filter(id -> !seedFlows.get(id).equals(demoFlows.get(id)))
                    .map(id -> id + "\n  seed: " + seedFlows.get(id) + "\n  demo: " + demoFlows.get(id)).toList();
            assertThat(differing).as(seed + " flows").isEmpty();
            assertThat(fromDemo.flows()).hasSameSizeAs(fromSeed.flows());
            compared += fromDemo.flows().size();
        }
        assertThat(compared).as("flows compared").isGreaterThan(100);
    }

    @Test
    void noShippedValueRepeatsSeedText() throws IOException {
        Set<String> seedRuns = new HashSet<>();
        for (Path seed : DemoExport.documents(SharedData.seedsDir())) {
            String text = comparable(Files.readString(seed, StandardCharsets.UTF_8));
            for (int i = 0; i + COPIED_RUN <= text.length(); i++) {
                seedRuns.add(text.substring(i, i + COPIED_RUN));
            }
        }
        List<String> copied = new ArrayList<>();
        for (var entry : shipped.entrySet()) {
            String json = new String(ManifestCodec.toJson(entry.getValue()), StandardCharsets.UTF_8);
            for (String value : strings(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json))) {
                String text = comparable(value);
                for (int i = 0; i + COPIED_RUN <= text.length(); i++) {
                    if (seedRuns.contains(text.substring(i, i + COPIED_RUN))) {
                        copied.add(entry.getKey() + ": " + value);
                        break;
                    }
                }
            }
        }
        assertThat(copied).as("values that repeat a seed's text").isEmpty();
        assertThat(shipped.values()).allSatisfy(m -> assertThat(m.flows()).allSatisfy(f -> assertThat(f.provenance().quote()).isNull()));
    }

    /** As seed-copy-check.py compares: NFKC, no white space. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static List<String> strings(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> out.addAll(strings(child)));
        return out;
    }

    private static Set<Object> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> r.get("id")).collect(Collectors.toSet());
    }

    /** Per flow statement: its two ends and the legal-basis keys it resolved to. */
    private static Map<String, String> flows(GraphDocument doc) {
        Map<String, String> out = new TreeMap<>();
        for (GraphDocument.FlowRow f : doc.flows()) {
            out.put(f.id(), f.source() + ":" + f.sourceKey() + " -> " + f.target() + " | " + f.basis() + " | " + f.items()
                    + " | " + f.via());
        }
        return out;
    }
}
