package io.mynumberlineage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.ManifestLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit in batches: bounded batches, a run that resumes after a crash without auditing a
 * version twice, an import's re-check that finds what a full run finds, and findings per version.
 */
class AuditBatchTest extends AppTestSupport {

    private static final String CLEAN_BASIS = "番号法第19条第8号 別表第二 27の項";

    @Autowired
    ManifestLoader loader;

    @Autowired
    AuditRunner runner;

    @Autowired
    List<AuditRule> rules;

    /** A municipality of {@code processes} 事務, each with a provision that names no basis. */
    private List<String> loadTown(String municipality, int processes) {
        List<String> ids = new ArrayList<>();
        for (int p = 0; p < processes; p++) {
            var pia = new InventedPia(municipality);
            pia.processName = "架空の事務" + (p + 1);
            pia.provide("flow-1", "他の市町村長", List.of(), List.of(), List.of("電子メール"));
            ids.add(loader.load(pia.manifest()).assessmentId());
        }
        return ids;
    }

    private AuditRunner runner(int batchSize, List<AuditRule> withRules) {
        return new AuditRunner(driver, withRules, batchSize, Duration.ofMinutes(2));
    }

    @Test
    void batchesHoldOneMunicipalityAndAtMostTheBatchSize() {
        List<String> ids = loadTown("監査分割市", 5);
        List<AuditBatch> seen = new ArrayList<>();
        AuditRun run = runner(2, rules).runFor(List.of("監査分割市"), (done, total, batch, findings) -> {
            assertThat(total).isEqualTo(3);
            seen.add(batch);
        });
        assertThat(seen).extracting(b -> b.assessments().size()).containsExactly(2, 2, 1);
        assertThat(seen).allSatisfy(b -> assertThat(b.municipality()).isEqualTo("監査分割市"));
        assertThat(seen.stream().flatMap(b -> b.assessments().stream())).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(run.batches()).isEqualTo(3);
        assertThat(run.assessments()).isEqualTo(5);
        // Two rules speak for each 事務: no basis (HIGH) and e-mail (MEDIUM).
        assertThat(count("MYNUMBER_FLOW_WITHOUT_BASIS", "監査分割市")).isEqualTo(5);
        assertThat(run.high()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void crashInsideABatchRollsItBackAndTheRunResumesWithTheRest() {
        loadTown("監査再開市", 4);
        AuditRule bombed = rules.stream().filter(r -> r.id().equals("MYNUMBER_FLOW_WITHOUT_BASIS")).findFirst().orElseThrow();
        List<AuditRule> crashing = new ArrayList<>(rules);
        int[] batches = {0};
        List<String> committed = new ArrayList<>();
        // The third batch fails inside its transaction, after other rules already ran in it.
        crashing.set(crashing.indexOf(bombed), new AuditRule() {
            public String id() { return bombed.id(); }
            public Severity severity() { return bombed.severity(); }
            public String title() { return bombed.title(); }
            public List<RuleHit> evaluate(AuditContext context) {
                if (++batches[0] == 3) {
                    throw new IllegalStateException("simulated crash");
                }
                return bombed.evaluate(context);
            }
        });
        assertThatThrownBy(() -> runner(1, crashing).runAll((done, total, batch, findings) ->
                committed.addAll(batch.assessments()))).hasMessageContaining("simulated crash");
        assertThat(committed).hasSize(2);
        AuditCheckpoint.State state = AuditCheckpoint.read(driver);
        assertThat(state.running()).isTrue();
        assertThat(state.batchesDone()).isEqualTo(2);

        List<String> resumedWith = new ArrayList<>();
        int[] firstDone = {-1};
        AuditRun resumed = runner(1, rules).runAll((done, total, batch, findings) -> {
            if (firstDone[0] < 0) {
                firstDone[0] = done;
            }
            resumedWith.addAll(batch.assessments());
        });
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.complete()).isTrue();
        assertThat(firstDone[0]).isEqualTo(3);
        // No version is audited twice, and together the two tries cover every current version.
        assertThat(resumedWith).doesNotContainAnyElementsOf(committed);
        Set<String> all = new HashSet<>(committed);
        all.addAll(resumedWith);
        assertThat(all).containsExactlyInAnyOrderElementsOf(currentAssessments());
        assertThat(AuditCheckpoint.read(driver).running()).isFalse();

        // What the interrupted run left is what an uninterrupted run stores.
        Map<String, String> afterResume = findingsOf("監査再開市");
        AuditRun clean = runner.runAll();
        assertThat(clean.resumed()).isFalse();
        assertThat(findingsOf("監査再開市")).isEqualTo(afterResume);
        assertThat(count("MYNUMBER_FLOW_WITHOUT_BASIS", "監査再開市")).isEqualTo(4);
        assertThat(resumed.findings()).isEqualTo(clean.findings());
    }

    @Test
    void importRecheckFindsWhatAFullRunFinds() {
        List<String> ids = loadTown("監査差分市", 3);
        loadTown("監査差分隣市", 2);
        runner.runAll();
        String untouchedBefore = checkedAt("監査差分隣市");
        // A new version of one 事務: its provision now has a basis, but goes on paper.
        var next = new InventedPia("監査差分市");
        next.processName = "架空の事務1";
        next.publishedOn = "2024-03-01";
        next.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of("紙"));
        String newVersion = loader.load(next.manifest()).assessmentId();
        assertThat(newVersion).isNotIn(ids);

        AuditRun recheck = runner.recheck(List.of(newVersion));
        assertThat(recheck.assessments()).isEqualTo(3);
        Map<String, String> incremental = findingsOf("監査差分市");
        assertThat(checkedAt("監査差分隣市")).isEqualTo(untouchedBefore);

        runner.runAll();
        assertThat(findingsOf("監査差分市")).isEqualTo(incremental);
        // The superseded version keeps its finding, no longer current; the new version has none of that rule.
        assertThat(count("MYNUMBER_FLOW_WITHOUT_BASIS", "監査差分市")).isEqualTo(3);
        try (var session = driver.session()) {
            var rows = session.executeRead(tx -> tx.run("""
                    MATCH (x:Finding {municipality: '監査差分市'})
                    RETURN x.rule AS rule, x.assessment AS assessment, x.current AS current, x.validTo AS validTo
                    """).list(r -> r.asMap()));
            assertThat(rows).noneMatch(r -> newVersion.equals(r.get("assessment")) && "MYNUMBER_FLOW_WITHOUT_BASIS".equals(r.get("rule")));
            assertThat(rows).anyMatch(r -> newVersion.equals(r.get("assessment")) && "MYNUMBER_OVER_INSECURE_MEDIUM".equals(r.get("rule")));
            assertThat(rows).filteredOn(r -> Boolean.FALSE.equals(r.get("current"))).isNotEmpty()
                    .allMatch(r -> "2024-03-01".equals(r.get("validTo")));
            assertThat(recheck.findings()).isEqualTo(rows.stream().filter(r -> Boolean.TRUE.equals(r.get("current"))).count());
        }
    }

    @Test
    void findingsAsOfShowTheVersionThenInForce() {
        var first = new InventedPia("監査時点市");
        first.provide("flow-1", "他の市町村長", List.of(), List.of(), List.of("情報提供ネットワークシステム"));
        loader.load(first.manifest());
        runner.runFor(List.of("監査時点市"), AuditProgress.NONE);
        var second = new InventedPia("監査時点市");
        second.publishedOn = "2024-03-01";
        second.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of("電子メール"));
        String secondId = loader.load(second.manifest()).assessmentId();
        runner.recheck(List.of(secondId));

        assertThat(rulesOf(null)).containsExactly("MYNUMBER_OVER_INSECURE_MEDIUM");
        assertThat(rulesOf("2024-07-01")).containsExactly("MYNUMBER_OVER_INSECURE_MEDIUM");
        assertThat(rulesOf("2023-10-01")).containsExactly("MYNUMBER_FLOW_WITHOUT_BASIS");
        assertThat(rulesOf("2020-01-01")).isEmpty();
        JsonNode old = query("2023-10-01").path("data").path("findings").get(0);
        assertThat(old.path("validTo").asText()).isEqualTo("2024-03-01");
        assertThat(old.path("current").asBoolean()).isFalse();

        JsonNode bad = query("2023年10月1日");
        assertThat(bad.path("errors").get(0).path("extensions").toString()).contains("INVALID_ARGUMENT");
    }

    private JsonNode query(String asOf) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("f", Map.of("municipality", "監査時点市",
                "rule", List.of("MYNUMBER_FLOW_WITHOUT_BASIS", "MYNUMBER_OVER_INSECURE_MEDIUM"))));
        variables.put("asOf", asOf);
        return graphqlAs(AUDITOR, """
                query($f: FindingFilter, $asOf: String) { findings(filter: $f, asOf: $asOf) {
                  rule assessment validFrom validTo current } }
                """, variables);
    }

    private List<String> rulesOf(String asOf) {
        JsonNode response = query(asOf);
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        List<String> found = new ArrayList<>();
        response.path("data").path("findings").forEach(f -> found.add(f.path("rule").asText()));
        return found;
    }

    private long count(String rule, String municipality) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                    "MATCH (x:Finding {rule: $rule, municipality: $m}) RETURN count(x) AS c",
                    Map.of("rule", rule, "m", municipality)).single().get("c").asLong());
        }
    }

    /** id → what a reader sees of each finding of the municipality, current or not. */
    private Map<String, String> findingsOf(String municipality) {
        Map<String, String> found = new TreeMap<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run("""
                    MATCH (x:Finding {municipality: $m})
                    RETURN x.id AS id, x.message AS message, x.subjectIds AS subjects, x.current AS current,
                           x.validTo AS validTo, COUNT { (x)-[:CONCERNS]->() } AS linked
                    """, Map.of("m", municipality)).list()).forEach(r -> found.put(r.get("id").asString(),
                    r.get("message").asString() + r.get("subjects").asList() + r.get("current") + r.get("validTo")
                            + r.get("linked")));
        }
        return found;
    }

    private String checkedAt(String municipality) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                    "MATCH (x:Finding {municipality: $m}) RETURN max(x.checkedAt) AS at", Map.of("m", municipality))
                    .single().get("at").asString());
        }
    }

    private List<String> currentAssessments() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                    "MATCH (a:Assessment) WHERE coalesce(a.current, true) RETURN a.id AS id").list(r -> r.get("id").asString()));
        }
    }
}
