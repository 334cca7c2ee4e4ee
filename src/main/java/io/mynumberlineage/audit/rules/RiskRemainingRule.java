package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.AuditContext;
import io.mynumberlineage.audit.AuditRule;
import io.mynumberlineage.audit.Evidence;
import io.mynumberlineage.audit.RuleHit;
import io.mynumberlineage.audit.Severity;
import io.mynumberlineage.audit.StoredManifest;
import io.mynumberlineage.audit.Subject;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.manifest.RiskMeasureRecord;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A risk the body itself rated 「課題が残されている」: its own statement that the measures fall short. */
@Component
public class RiskRemainingRule implements AuditRule {

    static final String REMAINING = "課題が残されている";

    @Override
    public String id() {
        return "RISK_ISSUES_REMAIN";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public String title() {
        return "「課題が残されている」と自己評価されたリスク";
    }

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        List<RuleHit> hits = new ArrayList<>();
        for (StoredManifest stored : context.manifests()) {
            var measures = stored.manifest().riskMeasures() == null ? List.<RiskMeasureRecord>of()
                    : stored.manifest().riskMeasures();
            for (int i = 0; i < measures.size(); i++) {
                RiskMeasureRecord measure = measures.get(i);
                if (measure == null || measure.rating() == null || !measure.rating().contains(REMAINING)) {
                    continue;
                }
                String where = measure.section() == null ? "" : measure.section();
                hits.add(new RuleHit(stored.assessmentId() + "|" + where + "|" + i,
                        List.of(new Subject(NodeKind.ASSESSMENT, stored.assessmentId())),
                        "リスク対策「" + where + "」について、評価実施機関自身が「課題が残されている」と評価しています。",
                        Evidence.of(measure.provenance()), stored.municipality(), stored.assessmentId()));
            }
        }
        return hits;
    }
}
