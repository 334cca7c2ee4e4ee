package io.mynumberlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.graph.EntityCatalog;
import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.manifest.Manifest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticNationalGraphTest {

    private static List<byte[]> json(SyntheticNationalGraph graph) {
        List<byte[]> all = new ArrayList<>();
        graph.forEach(m -> all.add(ManifestCodec.toJson(m)));
        return all;
    }

    @Test
    void theSameSeedGivesTheSameManifestsByteForByte() {
        var a = json(new SyntheticNationalGraph("試験", 4, 5, 42));
        var b = json(new SyntheticNationalGraph("試験", 4, 5, 42));
        var c = json(new SyntheticNationalGraph("試験", 4, 5, 43));
        assertThat(a).hasSize(20);
        for (int i = 0; i < a.size(); i++) {
            assertThat(Arrays.equals(a.get(i), b.get(i))).isTrue();
        }
        assertThat(Arrays.equals(a.get(3), c.get(3))).isFalse();
    }

    @Test
    void documentsAreShapedLikeTheSeeds() {
        var graph = new SyntheticNationalGraph("試験", 2, 30, 1);
        Manifest juki = graph.manifest(0, 0);
        assertThat(juki.files()).extracting(f -> f.name()).contains("住民基本台帳ファイル", "本人確認情報ファイル");
        Set<String> types = new HashSet<>();
        juki.systems().forEach(s -> types.add(EntityCatalog.systemType(s.name())));
        assertThat(types).contains(EntityCatalog.EXISTING_JUKI, EntityCatalog.JUKI_NET, EntityCatalog.INTEGRATED_ADDRESS,
                EntityCatalog.INTERMEDIATE_SERVER);
        assertThat(juki.flows()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("提供");
            assertThat(f.beppyoItems()).isNotEmpty();
        });
        assertThat(juki.flows()).anySatisfy(f -> assertThat(f.kind()).isEqualTo("移転"));
        // Files name the systems that hold them, and cloud hosting is stated with its line, as real forms give them.
        assertThat(juki.files()).allSatisfy(f -> assertThat(f.systems()).isNotEmpty());
        assertThat(juki.systems()).filteredOn(s -> "ガバメントクラウド".equals(s.hosting()))
                .hasSize(2).allSatisfy(s -> assertThat(s.hostingProvenance()).isNotNull());
        assertThat(graph.manifest(1, 0).systems()).allSatisfy(s -> assertThat(s.hosting()).isNull());
        // Around 45 flow statements a document: 1,741 × 30 documents make 2–3 million flows.
        long statements = 0;
        for (Manifest m : graph) {
            statements += m.flows().size() + m.acquisitions().size() + m.entrustments().size();
        }
        double perDocument = statements / (double) graph.documents();
        assertThat(perDocument * SyntheticNationalGraph.NATIONAL_MUNICIPALITIES * SyntheticNationalGraph.PROCESSES_PER_MUNICIPALITY)
                .isBetween(2.0e6, 3.0e6);
    }
}
