package io.mynumberlineage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.manifest.AcquisitionRecord;
import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.RiskMeasureRecord;
import io.mynumberlineage.manifest.SystemRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every rule against two invented municipalities that differ only in the one fact the rule
 * checks: the rule must speak for the first and stay silent for the second.
 */
class AuditRulesTest extends AppTestSupport {

    private static final String CLEAN_BASIS = "番号法第19条第8号 別表第二 27の項";

    @Autowired
    ManifestLoader loader;

    @Autowired
    AuditRunner runner;

    /** Loads both variants, audits, and returns the rule's findings for (positive, negative). */
    private List<List<JsonNode>> audit(String rule, String name, Consumer<InventedPia> problem,
            Consumer<InventedPia> fine) {
        var positive = new InventedPia("監査" + name + "陽性市");
        var negative = new InventedPia("監査" + name + "陰性市");
        problem.accept(positive);
        fine.accept(negative);
        loader.load(positive.manifest());
        loader.load(negative.manifest());
        runner.runAll();
        return List.of(findings(rule, positive.municipality), findings(rule, negative.municipality));
    }

    private List<JsonNode> findings(String rule, String municipality) {
        JsonNode response = graphqlAs(AUDITOR, """
                query($f: FindingFilter) { findings(filter: $f) {
                  id rule title severity message municipality subjectIds evidence { document sectionPath line quote } } }
                """, Map.of("f", Map.of("rule", List.of(rule), "municipality", municipality)));
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        List<JsonNode> list = new ArrayList<>();
        response.path("data").path("findings").forEach(list::add);
        return list;
    }

    @Test
    void provisionWithoutBasis() {
        var found = audit("MYNUMBER_FLOW_WITHOUT_BASIS", "根拠",
                p -> p.provide("flow-1", "他の市町村長", List.of(), List.of(), List.of("情報提供ネットワークシステム")),
                n -> n.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of("情報提供ネットワークシステム")));
        assertThat(found.get(0)).hasSize(1);
        JsonNode finding = found.get(0).get(0);
        assertThat(finding.path("severity").asText()).isEqualTo("HIGH");
        assertThat(finding.path("subjectIds").get(0).asText()).startsWith("Flow:").endsWith("#flow-1");
        assertThat(finding.path("evidence").path("sectionPath").asText()).isEqualTo("II/5/提供先1");
        assertThat(finding.path("evidence").path("line").asInt()).isEqualTo(40);
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void useBasisCitedForAProvision() {
        var found = audit("USE_BASIS_ON_PROVISION", "利用",
                p -> p.provide("flow-1", "他の市町村長", List.of("番号法第9条第1項 別表第一の16の項"), List.of(), List.of()),
                n -> n.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of()));
        assertThat(found.get(0)).hasSize(1);
        // the basis in words and the flow's own citation as written
        assertThat(found.get(0).get(0).path("message").asText())
                .contains("番号法第9条第1項・別表第一第16項", "評価書の記載: 番号法第9条第1項 別表第一の16の項");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void beppyoItemWhoseRequesterIsNotTheRecipient() {
        // 別表第二 27 is 地方税 with 市町村長 as 情報照会者; a health insurer cannot be its recipient.
        var found = audit("BEPPYO_PARTY_MISMATCH", "別表",
                p -> p.provide("flow-1", "全国健康保険協会", List.of(CLEAN_BASIS), List.of("27"), List.of()),
                n -> n.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of()));
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("message").asText()).contains("情報照会者は「市町村長」");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void myNumberByEmail() {
        var found = audit("MYNUMBER_OVER_INSECURE_MEDIUM", "媒体",
                p -> p.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of("電子メール")),
                n -> n.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of("情報提供ネットワークシステム")));
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("message").asText()).contains("電子メール");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void removableMediaAndPaperCountToo() {
        var found = audit("MYNUMBER_OVER_INSECURE_MEDIUM", "紙",
                p -> p.acquisitions.add(new AcquisitionRecord("file-1", "本人又は本人の代理人",
                        List.of("紙", "電子記録媒体(フラッシュメモリを除く。)"), InventedPia.at("II/4/入手元", 30))),
                n -> n.acquisitions.add(new AcquisitionRecord("file-1", "評価実施機関内の他部署",
                        List.of("庁内連携システム"), InventedPia.at("II/4/入手元", 30))));
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("message").asText()).contains("「紙」").contains("電子記録媒体");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void residentCannotUseTheProvisionNetwork() {
        var found = audit("ACQUISITION_SOURCE_METHOD_CONTRADICTION", "入手",
                p -> p.acquisitions.add(new AcquisitionRecord("file-1", "本人又は本人の代理人",
                        List.of("情報提供ネットワークシステム"), InventedPia.at("II/4/入手元", 30))),
                n -> n.acquisitions.add(new AcquisitionRecord("file-1", "行政機関・独立行政法人等",
                        List.of("情報提供ネットワークシステム"), InventedPia.at("II/4/入手元", 30))));
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("message").asText()).contains("本人又は本人の代理人").contains("情報提供ネットワーク");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void subcontractingWithoutApproval() {
        var found = audit("SUBCONTRACT_WITHOUT_APPROVAL", "再委託",
                p -> p.entrustments.add(new EntrustmentRecord("entrust-1", "file-1", "システム運用保守", "架空計算株式会社",
                        "再委託する", null, InventedPia.at("III/4/委託1", 60))),
                n -> n.entrustments.add(new EntrustmentRecord("entrust-1", "file-1", "システム運用保守", "架空計算株式会社",
                        "再委託する", "書面で申請を受け、市が承認する", InventedPia.at("III/4/委託1", 60))));
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("subjectIds").toString()).contains("Contractor:架空計算株式会社");
        assertThat(found.get(0).get(0).path("subjectIds").get(0).asText()).endsWith("#entrust-1");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void subcontractingRefusedNeedsNoApproval() {
        var found = audit("SUBCONTRACT_WITHOUT_APPROVAL", "再委託なし",
                p -> p.entrustments.add(new EntrustmentRecord("entrust-1", "file-1", "入力", "架空入力株式会社",
                        "再委託する", "", InventedPia.at("III/4/委託1", 60))),
                n -> n.entrustments.add(new EntrustmentRecord("entrust-1", "file-1", "入力", "架空入力株式会社",
                        "再委託しない", null, InventedPia.at("III/4/委託1", 60))));
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void cloudHostedSystemWithoutMeasures() {
        SystemRecord cloud = new SystemRecord("sys-2", "標準準拠住民記録システム", List.of(), List.of(), "ガバメントクラウド",
                InventedPia.at("I/2/システム2", 12));
        var found = audit("CLOUD_WITHOUT_MEASURES", "クラウド",
                p -> p.systems.add(cloud),
                n -> {
                    n.systems.add(cloud);
                    n.risks.add(new RiskMeasureRecord("III/7/ファイル1/リスク1/⑥技術的対策", "⑥技術的対策",
                            "ガバメントクラウドの利用権限を市の職員に限り、通信を暗号化している", "十分に行っている",
                            InventedPia.at("III/7", 80)));
                });
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("subjectIds").get(0).asText()).startsWith("System:");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void fileNoSystemIsKnownToHold() {
        var found = audit("FILE_WITHOUT_STATED_HOLDER", "保管",
                p -> p.files.set(0, withSystems(p, List.of())),
                n -> { });
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("subjectIds").get(0).asText()).startsWith("PersonalInfoFile:");
        // The rule still says which system the trace placed it in, and by which rule.
        assertThat(found.get(0).get(0).path("message").asText()).contains("RESIDENT_REGISTER_IN_EXISTING_JUKI");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void flowByMediaAloneBypassesEverySystem() {
        var found = audit("FLOW_BYPASSES_SYSTEMS", "迂回",
                p -> p.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of("紙", "フラッシュメモリ")),
                // E-mail among the methods, but the flow also goes through a system: not a bypass.
                n -> n.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"),
                        List.of("電子メール", "庁内連携システム")));
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("message").asText()).contains("「紙」").contains("フラッシュメモリ");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void systemConnectedToTheIntermediateServerWithoutMeasures() {
        SystemRecord linked = new SystemRecord("sys-2", "架空宛名連携システム", List.of(), List.of("中間サーバー"), null,
                InventedPia.at("I/2/システム2", 12));
        var found = audit("GATEWAY_SYSTEM_WITHOUT_MEASURES", "接続",
                p -> p.systems.add(linked),
                n -> {
                    n.systems.add(linked);
                    n.risks.add(new RiskMeasureRecord("III/7/ファイル1/リスク1/⑥技術的対策", "⑥技術的対策",
                            "架空宛名連携システムへの接続は専用端末に限り、操作を記録している", "十分に行っている",
                            InventedPia.at("III/7", 80)));
                });
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("message").asText()).contains("中間サーバー");
        assertThat(found.get(1)).isEmpty();
    }

    private static io.mynumberlineage.manifest.FileRecord withSystems(InventedPia pia, List<String> systems) {
        var f = pia.files.get(0);
        return new io.mynumberlineage.manifest.FileRecord(f.id(), f.name(), systems, f.recordCountRange(), f.items(),
                f.retention(), f.statedProvisionCount(), f.statedTransferCount(), f.provenance());
    }

    @Test
    void fileWithoutRetentionOrDeletion() {
        var found = audit("FILE_WITHOUT_RETENTION", "保存",
                p -> p.files.set(0, withoutRetention(p)),
                n -> {
                    n.files.set(0, withoutRetention(n));
                    n.risks.add(new RiskMeasureRecord("III/7/ファイル1/リスク3/消去手順", "消去手順", "手順書に従い消去する",
                            "定めている", InventedPia.at("III/7", 85)));
                });
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("subjectIds").get(0).asText()).startsWith("PersonalInfoFile:").endsWith("住民基本台帳ファイル");
        assertThat(found.get(1)).isEmpty();
    }

    private static io.mynumberlineage.manifest.FileRecord withoutRetention(InventedPia pia) {
        var f = pia.files.get(0);
        return new io.mynumberlineage.manifest.FileRecord(f.id(), f.name(), f.systems(), f.recordCountRange(), f.items(),
                null, null, null, f.provenance());
    }

    @Test
    void riskRatedAsStillOpen() {
        var found = audit("RISK_ISSUES_REMAIN", "課題",
                p -> p.risks.add(new RiskMeasureRecord("III/3/ファイル1/リスク1/リスクへの対策は十分か", "リスクへの対策は十分か", null,
                        "課題が残されている", InventedPia.at("III/3", 70))),
                n -> n.risks.add(new RiskMeasureRecord("III/3/ファイル1/リスク1/リスクへの対策は十分か", "リスクへの対策は十分か", null,
                        "十分である", InventedPia.at("III/3", 70))));
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("subjectIds").get(0).asText()).startsWith("Assessment:");
        assertThat(found.get(0).get(0).path("evidence").path("line").asInt()).isEqualTo(70);
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void connectionDeclaredOnOneSideOnly() {
        var found = audit("ONE_SIDED_SYSTEM_CONNECTION", "連携",
                p -> {
                    p.systems.set(0, new SystemRecord("sys-1", "既存住民基本台帳システム", List.of(), List.of("宛名管理システム"), null,
                            InventedPia.at("I/2/システム1", 10)));
                    p.systems.add(new SystemRecord("sys-2", "宛名管理システム", List.of(), List.of(), null, InventedPia.at("I/2/システム2", 14)));
                },
                n -> {
                    n.systems.set(0, new SystemRecord("sys-1", "既存住民基本台帳システム", List.of(), List.of("宛名管理システム"), null,
                            InventedPia.at("I/2/システム1", 10)));
                    n.systems.add(new SystemRecord("sys-2", "宛名管理システム", List.of(), List.of("既存住民基本台帳システム"), null,
                            InventedPia.at("I/2/システム2", 14)));
                });
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("subjectIds")).hasSize(2);
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void citationFormLeftBehindByTheAmendment() {
        // 「第19条第8号 別表第二」 was the wording until the 2024 amendment moved the table into an order.
        var found = audit("OUTDATED_CITATION_FORM", "旧条文",
                p -> {
                    p.publishedOn = "2025-01-15";
                    p.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of());
                },
                n -> {
                    n.publishedOn = "2023-01-15";
                    n.provide("flow-1", "他の市町村長", List.of(CLEAN_BASIS), List.of("27"), List.of());
                });
        assertThat(found.get(0)).hasSize(1);
        assertThat(found.get(0).get(0).path("message").asText()).contains("2025-01-15");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void rerunKeepsIdsAndDropsFixedFindings() {
        var pia = new InventedPia("監査再実行市");
        pia.provide("flow-1", "他の市町村長", List.of(), List.of(), List.of());
        loader.load(pia.manifest());
        runner.runAll();
        var first = findings("MYNUMBER_FLOW_WITHOUT_BASIS", pia.municipality);
        runner.runAll();
        var second = findings("MYNUMBER_FLOW_WITHOUT_BASIS", pia.municipality);
        assertThat(first).hasSize(1);
        assertThat(second).extracting(n -> n.path("id").asText()).containsExactly(first.get(0).path("id").asText());
        // The same flow id, now with a basis: the finding must go away.
        write("MATCH (f:Flow {municipality: $m}) MERGE (lb:LegalBasis {key: '番号法/19/8/別表2/27'}) MERGE (f)-[:UNDER]->(lb)",
                Map.of("m", pia.municipality));
        JsonNode run = graphqlAs(AUDITOR, "mutation { runAudit { rules findings perRule { rule findings } } }", Map.of());
        assertThat(run.path("data").path("runAudit").path("rules").asInt()).isGreaterThanOrEqualTo(11);
        assertThat(findings("MYNUMBER_FLOW_WITHOUT_BASIS", pia.municipality)).isEmpty();
        try (var session = driver.session()) {
            Long concerns = session.executeRead(tx -> tx.run(
                    "MATCH (x:Finding)-[:CONCERNS]->(f:Flow {municipality: $m}) RETURN count(x) AS c", Map.of("m", pia.municipality))
                    .single().get("c").asLong());
            assertThat(concerns).isZero();
        }
    }
}
