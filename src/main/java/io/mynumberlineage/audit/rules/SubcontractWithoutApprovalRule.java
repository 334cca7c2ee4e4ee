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
import io.mynumberlineage.manifest.EntrustmentRecord;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 再委託する with no stated way of approving it. The graph keeps 委託 as flows without the
 * 再委託 fields, so the rule reads the manifest stored on the assessment.
 */
@Component
public class SubcontractWithoutApprovalRule implements AuditRule {

    @Override
    public String id() {
        return "SUBCONTRACT_WITHOUT_APPROVAL";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public String title() {
        return "承認方法の記載がない再委託";
    }

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        List<RuleHit> hits = new ArrayList<>();
        for (StoredManifest stored : context.manifests()) {
            List<EntrustmentRecord> records = stored.manifest().entrustments() == null ? List.of()
                    : stored.manifest().entrustments();
            for (int i = 0; i < records.size(); i++) {
                EntrustmentRecord record = records.get(i);
                if (record == null || !subcontracts(record.subcontracting()) || !blank(record.subcontractApproval())) {
                    continue;
                }
                String flowId = stored.assessmentId() + "#" + (blank(record.id()) ? "entrust-" + (i + 1) : record.id().strip());
                List<Subject> subjects = new ArrayList<>(List.of(new Subject(NodeKind.FLOW, flowId)));
                String contractor = blank(record.contractor()) ? "（委託先名の記載なし）" : record.contractor().strip();
                if (!blank(record.contractor())) {
                    subjects.add(new Subject(NodeKind.CONTRACTOR, Names.compact(record.contractor())));
                }
                hits.add(new RuleHit(flowId, subjects, "委託先「" + contractor
                        + "」は再委託するとされていますが、再委託の承認方法（許諾の手続）が書かれていません。",
                        Evidence.of(record.provenance()), stored.municipality(), stored.assessmentId()));
            }
        }
        return hits;
    }

    /** 「再委託する」 but not 「再委託しない」. */
    static boolean subcontracts(String stated) {
        return stated != null && stated.contains("再委託する");
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
