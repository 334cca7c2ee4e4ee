package io.mynumberlineage.audit;

import io.mynumberlineage.manifest.AcquisitionRecord;
import io.mynumberlineage.manifest.DocumentInfo;
import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.RiskMeasureRecord;
import io.mynumberlineage.manifest.SystemRecord;
import io.mynumberlineage.manifest.TextRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A small invented 評価書 manifest of a made-up municipality, clean by default (every rule
 * silent), that a test bends into exactly one problem. Each test uses its own municipality so the
 * store shared by all app tests holds no collisions.
 */
public final class InventedPia {

    final String municipality;
    public String processName = "住民基本台帳に関する事務";
    public String publishedOn = "2023-04-01";
    public final List<SystemRecord> systems = new ArrayList<>();
    public final List<FileRecord> files = new ArrayList<>();
    public final List<AcquisitionRecord> acquisitions = new ArrayList<>();
    public final List<FlowRecord> flows = new ArrayList<>();
    public final List<EntrustmentRecord> entrustments = new ArrayList<>();
    public final List<RiskMeasureRecord> risks = new ArrayList<>();
    public final List<TextRecord> contacts = new ArrayList<>();
    public final List<io.mynumberlineage.manifest.CitationRecord> useBases = new ArrayList<>();

    public InventedPia(String municipality) {
        this.municipality = municipality;
        systems.add(new SystemRecord("sys-1", "既存住民基本台帳システム", List.of("住民記録"), List.of(), null, at("I/2/システム1", 10)));
        files.add(new FileRecord("file-1", "住民基本台帳ファイル", List.of("既存住民基本台帳システム"), "10万人以上100万人未満",
                List.of("個人番号", "4情報"), "住民票の消除から150年保存した後に消去する", null, null, at("II/ファイル1", 20)));
    }

    public static Provenance at(String section, int line) {
        return new Provenance("invented.txt", section, line, section + "の記載");
    }

    public InventedPia provide(String id, String recipient, List<String> citations, List<String> items, List<String> methods) {
        flows.add(new FlowRecord(id, "file-1", "提供", flows.size() + 1, recipient, citations, items,
                "事務の処理のため", List.of("個人番号"), methods, "随時", "1万人未満", at("II/5/提供先" + (flows.size() + 1), 40 + flows.size())));
        return this;
    }

    public Manifest manifest() {
        var doc = new DocumentInfo("invented.txt", null, "UTF-8", municipality + "/99/" + processName, municipality, municipality, "テスト評価書",
                "99", "全項目", "令和5年様式", processName, publishedOn, null, List.of("市民課"), at("I", 1));
        return new Manifest(Manifest.SCHEMA_VERSION, doc, systems, files, acquisitions, useBases, flows, entrustments,
                risks, List.of(), contacts, List.of(), List.of(),
                new io.mynumberlineage.manifest.ParseReport(java.util.Map.of(), List.of()));
    }
}
