package io.mynumberlineage.audit;

import java.util.List;

/**
 * One check an architect would make on the lineage graph. Rules read only; the runner stores
 * what they find as Finding nodes.
 */
public interface AuditRule {

    /** Stable identifier, part of every Finding id (e.g. {@code MYNUMBER_FLOW_WITHOUT_BASIS}). */
    String id();

    Severity severity();

    /** Short Japanese name of the rule. */
    String title();

    List<RuleHit> evaluate(AuditContext context);
}
