package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.AcquisitionRecord;
import io.mynumberlineage.manifest.AssessmentKeys;
import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.manifest.DocumentInfo;
import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.ParseReport;
import io.mynumberlineage.manifest.SystemRecord;
import io.mynumberlineage.pia.annex.BasisHintReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes what the line reading left open from the label reading ({@link FormFacts}), then turns
 * the readers' drafts into the manifest's records with stable ids and the parse report.
 */
final class ManifestAssembler {

    private final FormDriver driver;
    private final FormState state;
    private final CoverReader cover;
    private final BasicInfoReader basic;
    /** Ids handed out so far; a repeated ordinal gets a suffix rather than a collision. */
    private final Set<String> ids = new LinkedHashSet<>();
    private boolean otherMaterial;

    ManifestAssembler(FormDriver driver) {
        this.driver = driver;
        this.state = driver.state();
        this.cover = driver.cover;
        this.basic = driver.basic;
    }

    /** Fills what the line-by-line reading left empty, or read with the wrong shape, from the label reading. */
    void complete(FormFacts facts) {
        state.ledger.warnings.addAll(0, facts.warnings().stream().map(w -> "[前文] " + w).toList());
        if (facts.formSeen()) {
            driver.formRecognised = true;
        }
        cover.complete(facts);
        basic.complete(facts);
        for (FormFacts.Named n : facts.files()) {
            if (state.files.find(n.value()) == null) {
                state.files.add(n.value(), n.provenance());
            }
        }
        if (!driver.formRecognised && (cover.mentionsForm || state.doc.lines().stream().anyMatch(l -> l.text().contains("評価書")
                || l.text().contains("特定個人情報保護評価")))) {
            // Material about a 評価書 that is not one (public-comment pages, summaries): kind other.
            driver.formRecognised = true;
            otherMaterial = true;
        }
    }

    Manifest build(LineCoverage cov, FormFacts facts) {
        String municipality = cover.issuer(facts);
        // Kinds named in the prose of other material (quoted documents of other issuers) are not its kind.
        String kind = otherMaterial ? "other" : cover.kinds.isEmpty() ? null : String.join("+", cover.kinds);
        String processName = basic.processName != null ? basic.processName : processNameFromTitle(cover.title);
        String key = AssessmentKeys.of(municipality, cover.number,
                processName == null ? null : FormVocabulary.compact(processName), state.doc.sha256());
        if (municipality == null) {
            state.warn("前文", "評価実施機関 (市区町村名) を特定できませんでした。この評価書は原文のハッシュで識別します");
        }
        if (kind == null) {
            state.warn("前文", "評価書の種類 (基礎/重点/全項目) を特定できませんでした");
        }
        if (!"other".equals(kind)) {
            if (processName == null) {
                state.warn("I/1", "事務の名称が見つかりません");
            }
            if (cover.publishedOn == null) {
                state.warn("前文", "公表日が見つかりません");
            }
        }
        List<CitationRecord> useBases = basic.legalBases(municipality, cover.publishedOn);
        useBases.forEach(c -> state.ledger.count(c.provenance()));
        DocumentInfo info = new DocumentInfo(state.doc.name(), state.doc.sha256(), state.doc.encoding(), key, municipality,
                cover.organization, cover.title, cover.number, kind, cover.formVersion, processName, cover.publishedOn,
                cover.approvedOn, List.copyOf(state.departments), state.documentProvenance(),
                "other".equals(kind) ? null : cover.draft, basic.departmentHead);

        List<SystemRecord> systems = systems(key);
        Map<FileDraft, String> fileIds = new LinkedHashMap<>();
        List<FileRecord> files = new ArrayList<>();
        List<AcquisitionRecord> acquisitions = new ArrayList<>();
        for (FileDraft f : state.files) {
            String id = unique(key + "#file:" + f.ordinal);
            fileIds.put(f, id);
            files.add(new FileRecord(id, f.name, List.of(), f.recordCountRange, List.copyOf(f.items), retention(f),
                    f.statedProvisions, f.statedTransfers, f.provenance));
            state.ledger.count(f.provenance);
            for (String source : f.sources) {
                acquisitions.add(new AcquisitionRecord(id, source, List.copyOf(f.methods), f.sourcesProvenance));
                state.ledger.count(f.sourcesProvenance);
            }
        }
        List<FlowRecord> flows = flows(fileIds);
        for (FileDraft f : state.files) {
            checkStatedCounts(f, fileIds.get(f), flows);
        }
        List<EntrustmentRecord> entrustments = entrustments(fileIds);
        if (!driver.formRecognised) {
            state.ledger.warnings.add(0, "[前文] 特定個人情報保護評価書の見出し・項目が見つかりません");
        }
        if (!cov.missing().isEmpty()) {
            state.ledger.warnings.add("[全体] 取り込みの対象外となった行が " + cov.missing().size() + " 行あります");
        }
        List<String> allWarnings = new ArrayList<>(state.doc.warnings().stream().map(w -> "[読込] " + w).toList());
        allWarnings.addAll(state.ledger.warnings);
        Map<String, ParseReport.SectionCount> sections = state.ledger.sectionReport(cov);
        return new Manifest(Manifest.SCHEMA_VERSION, info, systems, files, acquisitions, List.copyOf(useBases),
                flows, entrustments, List.copyOf(driver.risks.risks), List.copyOf(driver.closing.reviews),
                List.copyOf(driver.closing.contacts), List.copyOf(driver.changes.changes), List.copyOf(state.ledger.unparsed),
                new ParseReport(sections, allWarnings));
    }

    /** 「東雲市 住民基本台帳事務 全項目評価書」: the 事務 when Section I does not name it. */
    private static String processNameFromTitle(String title) {
        if (title == null) {
            return null;
        }
        String name = title.replaceFirst("^\\S{1,15}?(?:市|町|村|区|都|道|府|県)\\s+", "")
                .replaceFirst("\\s*(?:基礎項目|重点項目|全項目)評価書.*$", "")
                .replaceFirst("の?\\s*特定個人情報保護評価書.*$", "").trim();
        return name.isEmpty() ? null : name;
    }

    private List<SystemRecord> systems(String key) {
        List<SystemRecord> out = new ArrayList<>();
        for (SystemDraft s : state.systems) {
            String id = unique(key + "#system:" + s.ordinal);
            out.add(new SystemRecord(id, s.name, List.copyOf(s.functions), List.copyOf(new LinkedHashSet<>(s.connections)),
                    null, s.provenance));
            state.ledger.count(s.provenance);
        }
        return out;
    }

    private static String retention(FileDraft f) {
        if (f.retentionPeriod == null && f.erasure == null) {
            return null;
        }
        return (f.retentionPeriod == null ? "" : "期間: " + f.retentionPeriod)
                + (f.erasure == null ? "" : (f.retentionPeriod == null ? "" : "; ") + "消去方法: " + f.erasure);
    }

    private List<FlowRecord> flows(Map<FileDraft, String> fileIds) {
        List<FlowRecord> out = new ArrayList<>();
        for (FlowDraft fl : driver.provisions.flows) {
            String fileId = fileIds.get(fl.file);
            String id = unique(fileId + "#" + fl.kind + ":" + fl.ordinal);
            out.add(new FlowRecord(id, fileId, fl.kind, fl.ordinal, fl.recipient, List.copyOf(fl.citations),
                    List.copyOf(fl.beppyo), fl.purpose, List.copyOf(fl.items), List.copyOf(fl.methods), fl.frequency,
                    fl.recordCount, fl.provenance,
                    BasisHintReader.read(fl.purpose, fl.items, fl.kind, fl.provenance, cover.publishedOn)));
            state.ledger.count(fl.provenance);
        }
        FileDraft annexTarget = driver.provisions.annexTarget;
        if (annexTarget == null) {
            return out;
        }
        String fileId = fileIds.get(annexTarget);
        for (FlowRecord a : driver.provisions.annexFlows) {
            boolean inBody = out.stream().anyMatch(f -> f.fileId().equals(fileId) && f.kind().equals(a.kind())
                    && a.ordinal() != null && a.ordinal().equals(f.ordinal()));
            if (inBody) {
                state.warn("別紙", a.kind() + "先" + a.ordinal() + " は本文と別紙の両方にあり、本文の記載を採用しました");
                continue;
            }
            String id = unique(fileId + "#" + a.kind() + ":" + (a.ordinal() == null ? "別紙" : a.ordinal()));
            out.add(new FlowRecord(id, fileId, a.kind(), a.ordinal(), a.recipient(), a.citations(), a.beppyoItems(),
                    a.purpose(), a.items(), a.methods(), a.frequency(), a.recordCount(), a.provenance(), a.basisHints()));
            state.ledger.count(a.provenance());
        }
        return out;
    }

    private List<EntrustmentRecord> entrustments(Map<FileDraft, String> fileIds) {
        List<EntrustmentRecord> out = new ArrayList<>();
        for (EntrustmentDraft e : driver.entrustments.entrustments) {
            String fileId = fileIds.get(e.file);
            String id = unique(fileId + "#委託:" + e.ordinal);
            String work = e.title.isEmpty() ? e.detail : e.detail == null ? e.title : e.title + ": " + e.detail;
            out.add(new EntrustmentRecord(id, fileId, work, e.contractor, e.subcontracting, e.approval, e.provenance));
            state.ledger.count(e.provenance);
            if (e.subWork != null) {
                // 再委託: the form names the work and how it is approved, not the subcontractor.
                out.add(new EntrustmentRecord(unique(id + "#再委託"), fileId, e.subWork, null, "再委託", e.approval,
                        e.subProvenance));
                state.ledger.count(e.subProvenance);
            }
            if (e.contractor == null) {
                state.warn(e.provenance.sectionPath(), "委託先名が読み取れません: 委託事項" + e.ordinal);
            }
        }
        return out;
    }

    private void checkStatedCounts(FileDraft f, String fileId, List<FlowRecord> flows) {
        long provisions = flows.stream().filter(fl -> fileId.equals(fl.fileId()) && fl.kind().equals("提供")).count();
        long transfers = flows.stream().filter(fl -> fileId.equals(fl.fileId()) && fl.kind().equals("移転")).count();
        if (f.statedProvisions != null && f.statedProvisions != provisions) {
            state.warn("II", "ファイル「" + f.name + "」: 提供先は " + f.statedProvisions + " 件と記載、抽出できた提供先は " + provisions + " 件");
        }
        if (f.statedTransfers != null && f.statedTransfers != transfers) {
            state.warn("II", "ファイル「" + f.name + "」: 移転先は " + f.statedTransfers + " 件と記載、抽出できた移転先は " + transfers + " 件");
        }
    }

    private String unique(String id) {
        String candidate = id;
        int n = 2;
        while (!ids.add(candidate)) {
            candidate = id + "-" + n++;
        }
        return candidate;
    }
}
