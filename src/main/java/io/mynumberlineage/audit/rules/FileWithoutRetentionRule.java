package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.AuditContext;
import io.mynumberlineage.audit.AuditRule;
import io.mynumberlineage.audit.Evidence;
import io.mynumberlineage.audit.RuleHit;
import io.mynumberlineage.audit.Severity;
import io.mynumberlineage.audit.StoredManifest;
import io.mynumberlineage.audit.Subject;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.graph.Names;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.RiskMeasureRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A 特定個人情報ファイル for which the document states neither a retention period nor a deletion
 * rule. A deletion rule may sit in section III (消去手順 …) of the same file, so both are read.
 */
@Component
public class FileWithoutRetentionRule implements AuditRule {

    private static final Pattern DELETION = Pattern.compile("消去|廃棄|保存期間|保管期間|削除");

    @Override
    public String id() {
        return "FILE_WITHOUT_RETENTION";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public String title() {
        return "保存期間・消去方法の記載がないファイル";
    }

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        List<RuleHit> hits = new ArrayList<>();
        for (StoredManifest stored : context.manifests()) {
            List<FileRecord> files = stored.manifest().files() == null ? List.of() : stored.manifest().files();
            for (int i = 0; i < files.size(); i++) {
                FileRecord file = files.get(i);
                if (file == null || file.name() == null || stated(file.retention())
                        || deletionInRiskMeasures(stored, i + 1)) {
                    continue;
                }
                String fileId = stored.processId() + "/" + Names.compact(file.name());
                hits.add(new RuleHit(fileId, List.of(new Subject(NodeKind.FILE, fileId)),
                        "「" + Names.normalize(file.name()) + "」について、保存期間も消去の方法も記載が見つかりません。",
                        Evidence.of(file.provenance()), stored.municipality(), stored.assessmentId()));
            }
        }
        return hits;
    }

    private static boolean stated(String retention) {
        return retention != null && !retention.isBlank();
    }

    /** Section III is numbered per file: 「III/7/ファイル2/…」 belongs to the second file. */
    private static boolean deletionInRiskMeasures(StoredManifest stored, int ordinal) {
        List<RiskMeasureRecord> measures = stored.manifest().riskMeasures() == null ? List.of()
                : stored.manifest().riskMeasures();
        String marker = "ファイル" + ordinal;
        return measures.stream().filter(m -> m != null && m.section() != null
                        && (m.section().contains(marker + "/") || m.section().endsWith(marker)))
                .anyMatch(m -> (m.label() != null && DELETION.matcher(m.label()).find() && m.rating() != null)
                        || (m.text() != null && DELETION.matcher(m.text()).find()));
    }
}
