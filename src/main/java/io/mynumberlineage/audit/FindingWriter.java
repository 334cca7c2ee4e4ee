package io.mynumberlineage.audit;

import io.mynumberlineage.graph.NodeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.TransactionContext;

/**
 * Stores one batch's findings in the batch's transaction. A finding's id is rule + version +
 * subject, so a re-run updates the same node; the batch's versions lose the findings no rule
 * reports any more, and the findings of the versions they superseded are kept, marked as no longer
 * current, with the dates they were in force: {@code findings(asOf:)} shows them for those dates.
 */
final class FindingWriter {

    private FindingWriter() {
    }

    /** @param hits per rule, as the rule returned them; the first hit of a finding id wins */
    static int write(TransactionContext tx, AuditBatch batch, Map<AuditRule, List<RuleHit>> hits, String now,
            String rules, String runId) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        Set<String> kinds = new TreeSet<>();
        hits.forEach((rule, list) -> {
            for (RuleHit hit : list) {
                String id = rule.id() + ":" + hit.findingKey();
                if (!batch.assessments().contains(hit.assessment()) || rows.containsKey(id)) {
                    continue;
                }
                rows.put(id, row(id, rule, hit, now));
                hit.subjects().forEach(s -> kinds.add(s.kind().name()));
            }
        });
        List<Map<String, Object>> list = new ArrayList<>(rows.values());
        tx.run("""
                MATCH (x:Finding) WHERE x.assessment IN $assessments AND NOT x.id IN $ids
                DETACH DELETE x
                """, Map.of("assessments", batch.assessments(), "ids", new ArrayList<>(rows.keySet()))).consume();
        tx.run("""
                UNWIND $rows AS row
                MERGE (x:Finding {id: row.id})
                SET x += row.props
                WITH x, row
                MATCH (a:Assessment {id: row.props.assessment})
                SET x.assessmentKey = a.key, x.validFrom = a.validFrom, x.validTo = a.validTo,
                    x.current = coalesce(a.current, true)
                WITH x
                OPTIONAL MATCH (x)-[c:CONCERNS]->()
                DELETE c
                """, Map.of("rows", list)).consume();
        for (String name : kinds) {
            NodeKind kind = NodeKind.valueOf(name);
            // Labels come from the NodeKind enum, never from data.
            tx.run("""
                    UNWIND $rows AS row
                    UNWIND row.subjects AS s
                    WITH row, s WHERE s.label = $label
                    MATCH (x:Finding {id: row.id})
                    MATCH (n:`%s` {`%s`: s.key})
                    MERGE (x)-[:CONCERNS]->(n)
                    """.formatted(kind.label(), kind.keyProperty()), Map.of("rows", list, "label", kind.label())).consume();
        }
        // The versions these replaced: their findings stay, closed at the date the new version took over.
        tx.run("""
                MATCH (c:Assessment) WHERE c.id IN $assessments
                MATCH (o:Assessment {key: c.key}) WHERE o.id <> c.id
                MATCH (x:Finding {assessment: o.id})
                SET x.validFrom = o.validFrom, x.validTo = o.validTo, x.current = coalesce(o.current, true)
                """, Map.of("assessments", batch.assessments())).consume();
        tx.run("""
                MATCH (a:Assessment) WHERE a.id IN $assessments
                SET a.auditRun = $run, a.auditedRules = $rules, a.auditedContent = coalesce(a.contentSha, ''),
                    a.auditedAt = $now
                """, Map.of("assessments", batch.assessments(), "run", runId, "rules", rules, "now", now)).consume();
        return rows.size();
    }

    private static Map<String, Object> row(String id, AuditRule rule, RuleHit hit, String now) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("rule", rule.id());
        props.put("name", rule.title());
        props.put("title", rule.title());
        props.put("severity", rule.severity().name());
        props.put("message", hit.message());
        props.put("municipality", hit.municipality());
        props.put("assessment", hit.assessment());
        props.put("subjectIds", hit.subjects().stream().map(Subject::id).toList());
        props.put("document", hit.evidence().document());
        props.put("sectionPath", hit.evidence().sectionPath());
        props.put("line", hit.evidence().line());
        props.put("quote", hit.evidence().quote());
        props.put("checkedAt", now);
        return Map.of("id", id, "props", props, "subjects",
                hit.subjects().stream().map(s -> Map.of("label", s.kind().label(), "key", s.key())).toList());
    }
}
