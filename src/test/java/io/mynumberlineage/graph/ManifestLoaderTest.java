package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ManifestLoaderTest extends AppTestSupport {

    @Autowired
    ManifestLoader loader;

    @BeforeEach
    void load() {
        TestManifests.load(loader, TestManifests.JUKI_V1, TestManifests.TAX, TestManifests.OTHER_TOWN);
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private List<String> strings(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).list(r -> r.get(0).asString());
        }
    }

    @Test
    void reloadingTheSameDocumentsChangesNoCounts() {
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        long flows = count("MATCH (f:Flow) RETURN count(f)");
        var again = loader.load(TestManifests.read(TestManifests.JUKI_V1));
        loader.load(TestManifests.read(TestManifests.TAX));
        assertThat(again.created()).isFalse();
        assertThat(again.flows()).isEqualTo(7);
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
        assertThat(count("MATCH (f:Flow) RETURN count(f)")).isEqualTo(flows);
    }

    @Test
    void everyFlowIsStoredTwiceAndBothFormsAgree() {
        long flows = count("MATCH (f:Flow) RETURN count(f)");
        long shortcuts = count("MATCH ()-[e:FLOWS_TO]->() RETURN count(e)");
        assertThat(flows).isPositive().isEqualTo(shortcuts);
        // Each Flow has exactly one sender and one recipient, and exactly one FLOWS_TO between them
        // that names it and repeats its kind, legal bases and validity.
        long disagreeing = count("""
                MATCH (f:Flow)
                OPTIONAL MATCH (src)-[:SENDS]->(f)-[:TO]->(dst)
                OPTIONAL MATCH (src)-[e:FLOWS_TO {flow: f.id}]->(dst)
                WITH f, count(DISTINCT src) AS senders, count(DISTINCT dst) AS recipients, collect(e) AS shortcuts
                WHERE senders <> 1 OR recipients <> 1 OR size(shortcuts) <> 1
                   OR shortcuts[0].kind <> f.kind OR shortcuts[0].basis <> f.basis
                   OR coalesce(shortcuts[0].validTo, '') <> coalesce(f.validTo, '')
                   OR shortcuts[0].myNumber <> f.myNumber
                RETURN count(f)
                """);
        assertThat(disagreeing).isZero();
        long orphanShortcuts = count("""
                MATCH (src)-[e:FLOWS_TO]->(dst)
                WHERE NOT EXISTS { (src)-[:SENDS]->(:Flow {id: e.flow})-[:TO]->(dst) }
                RETURN count(e)
                """);
        assertThat(orphanShortcuts).isZero();
        // The reified form names each legal basis the shortcut lists.
        long missingBasis = count("""
                MATCH (f:Flow) UNWIND f.basis AS key
                WITH f, key WHERE NOT EXISTS { (f)-[:UNDER]->(:LegalBasis {key: key}) }
                RETURN count(*)
                """);
        assertThat(missingBasis).isZero();
    }

    @Test
    void variantNamesOfOneSystemMeetInOneNodePerMunicipality() {
        // 住民基本台帳ネットワークシステム (住民基本台帳の事務) and 市町村CS (個人住民税の事務) of 若葉台市.
        List<String> jukiNet = strings("""
                MATCH (s:System {municipality: '若葉台市'})-[:OF_TYPE]->(:SystemType {name: '住基ネット'})
                RETURN s.id
                """, Map.of());
        assertThat(jukiNet).containsExactly("若葉台市/住基ネット");
        List<String> assessments = strings("""
                MATCH (a:Assessment)-[:USES]->(:System {id: '若葉台市/住基ネット'}) RETURN a.key ORDER BY a.key
                """, Map.of());
        assertThat(assessments).contains("若葉台市/1/住民基本台帳に関する事務", "若葉台市/5/個人住民税に関する事務");
        assertThat(strings("MATCH (s:System {id: '若葉台市/中間サーバー'}) RETURN s.formNames[0] + '|' + s.formNames[1]", Map.of()))
                .singleElement().satisfies(names -> assertThat(names).contains("中間サーバ|", "|中間サーバー"));
        // Each municipality has its own; the national network system is one node for all.
        assertThat(count("MATCH (s:System)-[:OF_TYPE]->(:SystemType {name: '住基ネット'}) WHERE s.municipality IN ['若葉台市', '紅葉谷町'] RETURN count(s)"))
                .isEqualTo(2);
        assertThat(count("MATCH (s:System {name: '情報提供ネットワークシステム'}) RETURN count(s)")).isEqualTo(1);
    }

    @Test
    void nationalBodiesAreOneNodeAndRolesStayRoles() {
        // 地方公共団体情報システム機構, J-LIS and 「機構から入手」 are one organisation.
        List<String> senders = strings("""
                MATCH (j:Organization {id: '地方公共団体情報システム機構'})-[e:FLOWS_TO]-()
                WHERE e.municipality IN ['若葉台市', '紅葉谷町']
                RETURN DISTINCT e.municipality ORDER BY e.municipality
                """, Map.of());
        assertThat(senders).containsExactly("紅葉谷町", "若葉台市");
        assertThat(count("MATCH (o:Organization) WHERE o.name CONTAINS '機構' AND o.name <> '日本年金機構' RETURN count(o)"))
                .isEqualTo(1);
        assertThat(strings("MATCH (o:Organization {id: 'role:番号法別表第二に定める情報照会者'})-[:DEFINED_BY]->(lb) RETURN lb.key", Map.of()))
                .containsExactly("番号法/19/8");
        long municipalitiesSendingToTheRole = count("""
                MATCH (:Organization {id: 'role:番号法別表第二に定める情報照会者'})<-[e:FLOWS_TO]-()
                WHERE e.municipality IN ['若葉台市', '紅葉谷町']
                RETURN count(DISTINCT e.municipality)
                """);
        assertThat(municipalitiesSendingToTheRole).isEqualTo(2);
    }

    @Test
    void aNewerVersionSupersedesTheOldOneWhichStaysQueryable() {
        var v1 = loader.load(TestManifests.read(TestManifests.JUKI_V1));
        var v2 = loader.load(TestManifests.read(TestManifests.JUKI_V2));
        assertThat(v2.versions()).containsExactly(v1.assessmentId(), v2.assessmentId());
        assertThat(strings("MATCH (n:Assessment)-[:SUPERSEDES]->(o:Assessment {id: $id}) RETURN n.id",
                Map.of("id", v1.assessmentId()))).containsExactly(v2.assessmentId());
        assertThat(strings("MATCH (a:Assessment {id: $id}) RETURN a.validTo", Map.of("id", v1.assessmentId())))
                .containsExactly("2025-06-01");
        // The old flows are history, with their validity closed; the new ones are current.
        assertThat(strings("MATCH (f:Flow {assessment: $id}) RETURN DISTINCT f.validTo", Map.of("id", v1.assessmentId())))
                .containsExactly("2025-06-01");
        assertThat(count("MATCH (f:Flow {assessment: '" + v2.assessmentId() + "'}) WHERE f.validTo IS NULL RETURN count(f)"))
                .isEqualTo(v2.flows());
        // Loading the older version again does not reorder history.
        loader.load(TestManifests.read(TestManifests.JUKI_V1));
        assertThat(strings("MATCH (a:Assessment {key: '若葉台市/1/住民基本台帳に関する事務'}) WHERE a.current RETURN a.id", Map.of()))
                .containsExactly(v2.assessmentId());
    }

    @Test
    void legalBasesOfTheCardAreResolvedToKeys() {
        List<String> transfer = strings("""
                MATCH (f:Flow {assessment: $id, kind: '移転'})-[:UNDER]->(lb) RETURN lb.key ORDER BY lb.key
                """, Map.of("id", loader.load(TestManifests.read(TestManifests.JUKI_V1)).assessmentId()));
        assertThat(transfer).containsExactly("条例/若葉台市/5/1", "番号法/19/11");
        assertThat(strings("MATCH (lb:LegalBasis {key: '番号法/19/8/別表2/85の2'}) RETURN lb.name", Map.of()))
                .containsExactly("番号法第19条第8号・別表第二第85の2項");
    }
}
