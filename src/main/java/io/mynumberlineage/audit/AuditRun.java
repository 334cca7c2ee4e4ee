package io.mynumberlineage.audit;

import java.util.List;

/** What one run of every rule found: the total and the count per rule. */
public record AuditRun(String finishedAt, int rules, int findings, List<RuleCount> perRule) {

    public record RuleCount(String rule, String title, Severity severity, int findings) {
    }
}
