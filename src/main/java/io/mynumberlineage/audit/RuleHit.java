package io.mynumberlineage.audit;

import java.util.List;

/**
 * One thing a rule found.
 *
 * @param subjectKey what makes the hit unique within its rule (usually the subject's key), so a
 *     re-run finds the same Finding node again
 * @param subjects the nodes the finding concerns, first one is the main subject
 * @param message Japanese sentence for people
 * @param municipality the 評価実施機関 the finding belongs to, for filtering
 * @param assessment the assessment version (Assessment id) the finding was computed on
 */
public record RuleHit(String subjectKey, List<Subject> subjects, String message, Evidence evidence,
        String municipality, String assessment) {

    public RuleHit {
        subjects = List.copyOf(subjects);
        evidence = evidence == null ? Evidence.none() : evidence;
        if (assessment == null || assessment.isBlank()) {
            // Findings are stored and replaced per assessment version: one without it could never be cleared.
            throw new IllegalArgumentException("a finding needs the assessment version it was computed on");
        }
    }

    /**
     * Unique within the rule across versions: a subject whose key does not name the version (a file,
     * a system) is found again in the next version of the same assessment, and each version keeps
     * its own finding so that {@code findings(asOf:)} can show the one then in force.
     */
    public String findingKey() {
        return subjectKey.startsWith(assessment) ? subjectKey : assessment + "|" + subjectKey;
    }
}
