package io.mynumberlineage.audit;

import java.util.List;

/**
 * What one run found: the findings in force in its scope (the whole store, or the municipalities
 * it re-checked), per rule, and how the work went.
 *
 * @param batches batches committed by this call (a resumed run counts only its own)
 * @param assessments assessment versions audited by this call
 * @param resumed true when the call continued a full run that an earlier process had left unfinished
 * @param complete false when the run stopped early (the application shut down); it resumes later
 */
public record AuditRun(String finishedAt, int rules, int findings, List<RuleCount> perRule, int batches,
        int assessments, boolean resumed, boolean complete, double seconds) {

    public record RuleCount(String rule, String title, Severity severity, int findings) {
    }

    /** Findings of HIGH severity in the run's scope: the CLI exits with 1 when there are any. */
    public int high() {
        return perRule.stream().filter(c -> c.severity() == Severity.HIGH).mapToInt(RuleCount::findings).sum();
    }
}
