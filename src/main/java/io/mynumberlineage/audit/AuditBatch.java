package io.mynumberlineage.audit;

import java.util.List;

/**
 * The assessment versions one transaction audits: current versions of one municipality, at most
 * {@link AuditPlan#MAX_ASSESSMENTS} of them, so that a batch stays small on any store.
 */
public record AuditBatch(String municipality, List<String> assessments) {

    public AuditBatch {
        assessments = List.copyOf(assessments);
    }
}
