package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.bench.SyntheticNationalGraph;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.PiaImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two write paths (Cypher per document, embedded bulk per batch) give the same graph; a load
 * that fails midway leaves the store as it was; concurrent loads of one document leave one version.
 * Each store here is a scratch store of its own, compared line by line.
 */
@RequiresSeeds
class LoadPathsTest {

    private static final LegalBasisResolver RESOLVER = new io.mynumberlineage.law.CatalogLegalBasisResolver(io.mynumberlineage.law.CitationParser.withDefaults());

    private static List<Manifest> documents;
    private static ScratchStore reference;

    @BeforeAll
    static void loadReferenceThroughCypher() throws IOException {
        documents = new ArrayList<>();
        new SyntheticNationalGraph("経路", 2, 5, 11).forEach(documents::add);
        var importer = new PiaImporter();
        try (Stream<Path> seeds = Files.list(Path.of(System.getProperty("seeds.dir", "../shared/seeds")))) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .forEach(seed -> documents.add(importer.importFile(seed).manifest()));
        }
        reference = new ScratchStore();
        var loader = new ManifestLoader(reference.driver(), RESOLVER);
        documents.forEach(loader::load);
    }

    @AfterAll
    static void close() {
        reference.close();
    }

    @Test
    void theProcessIsBasedOnItsOwnLegalBases() {
        // Seed 001's 利用 basis 「番号法第9条第1項 別表第一31項、83項、95項」, split into keyed citations.
        try (var session = reference.driver().session()) {
            List<String> keys = session.run("""
                    MATCH (p:Process {municipality: $m})-[:BASED_ON]->(lb:LegalBasis)
                    RETURN lb.key AS key ORDER BY key""", java.util.Map.of("m", "千葉市"))
                    .list(r -> r.get("key").asString());
            assertThat(keys).contains("番号法/9/1/別表1/31", "番号法/9/1/別表1/83", "番号法/9/1/別表1/95");
            String kind = session.run("MATCH (lb:LegalBasis {key: '番号法/9/1/別表1/83'}) RETURN lb.kind AS k")
                    .single().get("k").asString();
            assertThat(kind).isEqualTo("利用");
        }
    }

    @Test
    void bulkWritesTheGraphTheCypherPathWrites() {
        try (var store = new ScratchStore()) {
            AtomicInteger bulkDocuments = new AtomicInteger();
            var loader = new ManifestLoader(store.driver(), RESOLVER,
                    () -> new BulkGraphWriter(store.database(), step -> bulkDocuments.incrementAndGet()));
            var results = loader.loadAll(documents);
            assertThat(results).hasSize(documents.size()).allSatisfy(r -> assertThat(r.created()).isTrue());
            assertThat(bulkDocuments).hasValue(documents.size());
            assertThat(store.dump()).isEqualTo(reference.dump());
            // Loading again goes through the Cypher path (the versions exist) and changes nothing.
            loader.loadAll(documents);
            assertThat(store.dump()).isEqualTo(reference.dump());
        }
    }

    @Test
    void aBulkBatchFailingMidwayLeavesNothingAndItsDocumentsLoadOneByOne() {
        try (var store = new ScratchStore()) {
            List<String> empty = store.dump();
            var failing = new BulkGraphWriter(store.database(), step -> {
                if (step.endsWith(" 3")) {
                    throw new IllegalStateException("injected after the third document");
                }
            });
            assertThatThrownBy(() -> failing.write(documents.stream().map(new ManifestGraphMapper(RESOLVER)::map).toList(), 60_000))
                    .hasMessageContaining("injected");
            assertThat(store.dump()).isEqualTo(empty);

            var loader = new ManifestLoader(store.driver(), RESOLVER, () -> failing);
            assertThat(loader.loadAll(documents)).hasSize(documents.size());
            assertThat(store.dump()).isEqualTo(reference.dump());
        }
    }

    @Test
    void aCypherLoadFailingBeforeItsVersionsAreChainedLeavesTheStoreAsItWas() {
        try (var store = new ScratchStore()) {
            new ManifestLoader(store.driver(), RESOLVER).load(TestManifests.read(TestManifests.JUKI_V1));
            List<String> before = store.dump();
            var failing = new ManifestLoader(store.driver(), RESOLVER, () -> null, step -> {
                throw new IllegalStateException("injected: " + step);
            });
            assertThatThrownBy(() -> failing.load(TestManifests.read(TestManifests.JUKI_V2)))
                    .hasMessageContaining("injected");
            assertThat(store.dump()).isEqualTo(before);
        }
    }

    @Test
    void concurrentLoadsOfOneDocumentLeaveOneVersion() throws Exception {
        Manifest juki = TestManifests.read(TestManifests.JUKI_V1);
        List<String> once;
        try (var store = new ScratchStore()) {
            new ManifestLoader(store.driver(), RESOLVER).load(juki);
            once = store.dump();
        }
        try (var store = new ScratchStore()) {
            var cypher = new ManifestLoader(store.driver(), RESOLVER);
            var bulk = new ManifestLoader(store.driver(), RESOLVER, () -> new BulkGraphWriter(store.database()));
            var pool = Executors.newFixedThreadPool(4);
            var start = new CountDownLatch(1);
            List<Callable<Object>> loads = List.of(
                    () -> cypher.load(juki), () -> cypher.load(juki),
                    () -> bulk.loadAll(List.of(juki, juki)), () -> bulk.loadAll(List.of(juki, juki)));
            List<Future<Object>> futures = new ArrayList<>();
            for (var load : loads) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return load.call();
                }));
            }
            start.countDown();
            for (var future : futures) {
                future.get();
            }
            pool.shutdown();
            assertThat(store.dump()).isEqualTo(once);
        }
    }
}
