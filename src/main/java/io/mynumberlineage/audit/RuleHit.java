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
 */
public record RuleHit(String subjectKey, List<Subject> subjects, String message, Evidence evidence,
        String municipality) {

    public RuleHit {
        subjects = List.copyOf(subjects);
        evidence = evidence == null ? Evidence.none() : evidence;
    }
}
