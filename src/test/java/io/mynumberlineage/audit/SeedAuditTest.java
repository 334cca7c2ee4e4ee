package io.mynumberlineage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.pia.PiaImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The five seed documents through importer, loader and audit. Writes every finding to
 * target/audit-seeds.tsv, the raw material of docs/audit-findings-seeds.md, and checks facts
 * read from the documents themselves.
 */
@RequiresSeeds
class SeedAuditTest extends AppTestSupport {

    @Autowired
    ManifestLoader loader;

    @Autowired
    AuditRunner runner;

    @Autowired
    io.mynumberlineage.citizen.ExplanationService explanations;

    @Test
    void seedsAreAuditedAndEveryFindingPointsBackToItsDocument() throws IOException {
        Path dir = Path.of(System.getProperty("seeds.dir", "../shared/seeds"));
        var importer = new PiaImporter();
        Set<String> municipalities = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                var outcome = importer.importFile(seed);
                assertThat(outcome.ok()).as(seed.toString()).isTrue();
                loader.load(outcome.manifest());
                municipalities.add(outcome.manifest().document().municipality());
            }
        }
        assertThat(municipalities).hasSize(5);
        AuditRun run = runner.runAll();
        assertThat(run.rules()).isEqualTo(14);

        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run("""
                    MATCH (x:Finding) WHERE x.municipality IN $m
                    RETURN x.rule AS rule, x.municipality AS municipality, x.message AS message, x.sectionPath AS section,
                           x.line AS line, x.quote AS quote, x.document AS document, x.subjectIds AS subjects,
                           COUNT { (x)-[:CONCERNS]->() } AS linked
                    ORDER BY rule, municipality, line
                    """, Map.of("m", new ArrayList<>(municipalities))).list(r -> findings.add(r.asMap())));
        }
        for (var f : findings) {
            lines.add(String.join("\t", String.valueOf(f.get("rule")), String.valueOf(f.get("municipality")),
                    String.valueOf(f.get("section")), String.valueOf(f.get("line")), String.valueOf(f.get("quote")),
                    String.valueOf(f.get("message")), String.valueOf(f.get("subjects"))));
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "audit-seeds.tsv"), lines);

        assertThat(findings).isNotEmpty();
        // 鳥取市 checks 再委託する for one entrustment and leaves its 許諾方法 empty.
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("rule")).isEqualTo("SUBCONTRACT_WITHOUT_APPROVAL");
            assertThat(f.get("municipality")).isEqualTo("鳥取市");
            assertThat(String.valueOf(f.get("message"))).contains("富士通Japan株式会社");
        });
        // つくば市 cites the 2024 主務省令 items; read through the concordance they match their requesters.
        assertThat(findings).noneMatch(f -> "BEPPYO_PARTY_MISMATCH".equals(f.get("rule")) && "つくば市".equals(f.get("municipality")));
        // 鳥取市's 既存住基 lists 申請管理 and 申請管理 lists it back (under a second name of the same system).
        assertThat(findings).filteredOn(f -> "ONE_SIDED_SYSTEM_CONNECTION".equals(f.get("rule")) && "鳥取市".equals(f.get("municipality")))
                .extracting(f -> String.valueOf(f.get("message")))
                .anyMatch(m -> m.contains("団体内統合宛名システム"))
                .noneMatch(m -> m.contains("申請管理システム"));
        // The citizen explanation of a seed 事務: its 提供先 come from the flows, its contacts from section IV.
        var process = explanations.processes("花巻市").get(0);
        var explanation = explanations.explain(process.id(), io.mynumberlineage.citizen.Audience.CITIZEN).orElseThrow();
        Files.writeString(Path.of("target", "explain-seed-citizen.txt"), explanation.toString());
        var sections = explanation.sections();
        assertThat(sections).hasSize(7);
        assertThat(sections.get(2).items()).extracting(i -> i.label()).contains("厚生労働省", "全国健康保険協会");
        assertThat(sections.get(5).items()).anySatisfy(i -> assertThat(i.detail()).contains("花巻市"));
        // The file lists 「納税義務者の個人番号」: the page must say the number is held.
        assertThat(sections.get(0).sentences().get(0)).contains("あなたの個人番号が含まれます");
        assertThat(sections.get(1).sentences()).anySatisfy(t -> assertThat(t).contains("法令"));
        // Every stored finding is joined to at least one node of the graph and names its document.
        assertThat(findings).allSatisfy(f -> {
            assertThat(((Number) f.get("linked")).longValue()).as(f.toString()).isPositive();
            assertThat(f.get("document")).as(f.toString()).isNotNull();
        });
    }
}
