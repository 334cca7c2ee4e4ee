package io.mynumberlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.trace.TraceService;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import io.mynumberlineage.trace.TraceService.TraceRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A small generated graph: loads completely, traces stay inside a municipality unless a hub is expanded. */
class GeneratedGraphTest extends AppTestSupport {

    @Autowired
    ManifestLoader loader;

    @Autowired
    TraceService traces;

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    @Test
    void aSmallNationLoadsAndTracesStayLocalUntilExpanded() {
        var graph = new SyntheticNationalGraph("試験", 3, 6, 7);
        long statements = 0;
        for (Manifest m : graph) {
            statements += m.flows().size() + m.acquisitions().size() + m.entrustments().size();
            loader.load(m);
        }
        assertThat(count("MATCH (f:Flow) WHERE f.municipality STARTS WITH '試験' RETURN count(f)")).isEqualTo(statements);
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        loader.load(graph.manifest(1, 2));
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
        // Spelling varied per document, yet each town has one 住基ネット and one 中間サーバー.
        assertThat(count("MATCH (s:System)-[:OF_TYPE]->(:SystemType {name: '住基ネット'}) WHERE s.municipality STARTS WITH '試験' RETURN count(s)"))
                .isEqualTo(3);
        assertThat(count("MATCH (s:System)-[:OF_TYPE]->(:SystemType {name: '中間サーバー'}) WHERE s.municipality STARTS WITH '試験' RETURN count(s)"))
                .isEqualTo(3);

        String town = graph.municipality(0);
        var start = new NodeId(NodeKind.FILE, town + "/住民基本台帳に関する事務/住民基本台帳ファイル");
        // Routes through systems make the way to J-LIS long (file → 既存住基 → 本人確認情報ファイル → CS →
        // 都道府県サーバ → 全国サーバ → J-LIS): the deepest trace is asked for.
        var local = traces.trace(new TraceRequest(start, "個人番号", TraceDirection.DOWNSTREAM, TraceService.MAX_HOPS, LocalDate.now(),
                List.of(), 5000)).orElseThrow();
        // The 住基 data reaches the files of the town's other 事務 through its 既存住基 …
        assertThat(local.nodes()).anySatisfy(n -> assertThat(n.node().id()).startsWith("PersonalInfoFile:" + town + "/個人住民税"));
        // … but no other town: national hubs are where the trace stops.
        assertThat(local.nodes()).allSatisfy(n -> assertThat(n.node().id()).doesNotContain(graph.municipality(1)));
        assertThat(local.nodes()).anySatisfy(n -> {
            assertThat(n.hub()).isTrue();
            assertThat(n.expanded()).isFalse();
        });
        var expanded = traces.trace(new TraceRequest(start, "個人番号", TraceDirection.DOWNSTREAM, TraceService.MAX_HOPS, LocalDate.now(),
                List.of(new NodeId(NodeKind.ORGANIZATION, "地方公共団体情報システム機構")), 5000)).orElseThrow();
        assertThat(expanded.nodes()).anySatisfy(n -> assertThat(n.node().id()).contains(graph.municipality(1)));
        assertThat(expanded.nodes().size()).isGreaterThan(local.nodes().size());
    }
}
