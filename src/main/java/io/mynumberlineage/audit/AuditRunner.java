package io.mynumberlineage.audit;

import io.mynumberlineage.graph.NodeKind;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs every rule in one write transaction and stores what they find as {@code (:Finding)} nodes
 * joined to their subjects by {@code CONCERNS}. A finding's id is rule + subject, so a re-run
 * updates the same node, and findings a rule no longer reports are removed: the store always
 * shows the audit of the data it holds now.
 */
@Component
public class AuditRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditRunner.class);
    private static final TransactionConfig WRITE = TransactionConfig.builder()
            .withTimeout(java.time.Duration.ofMinutes(5)).build();

    private final Driver driver;
    private final List<AuditRule> rules;

    public AuditRunner(Driver driver, List<AuditRule> rules) {
        this.driver = driver;
        this.rules = List.copyOf(rules);
    }

    public List<AuditRule> rules() {
        return rules;
    }

    public synchronized AuditRun runAll() {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            AuditRun run = session.executeWrite(this::run, WRITE);
            log.info("監査ルールを実行しました: ルール {} 件、指摘 {} 件", run.rules(), run.findings());
            return run;
        }
    }

    private AuditRun run(TransactionContext tx) {
        AuditContext context = new AuditContext(tx);
        String now = DateTimeFormatter.ISO_INSTANT.format(Instant.now());
        List<AuditRun.RuleCount> counts = new ArrayList<>();
        int total = 0;
        for (AuditRule rule : rules) {
            Map<String, RuleHit> hits = new java.util.LinkedHashMap<>();
            for (RuleHit hit : rule.evaluate(context)) {
                hits.putIfAbsent(rule.id() + ":" + hit.subjectKey(), hit);
            }
            store(tx, rule, hits, now);
            counts.add(new AuditRun.RuleCount(rule.id(), rule.title(), rule.severity(), hits.size()));
            total += hits.size();
        }
        return new AuditRun(now, rules.size(), total, counts);
    }

    private static void store(TransactionContext tx, AuditRule rule, Map<String, RuleHit> hits, String now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        hits.forEach((id, hit) -> {
            Map<String, Object> props = new HashMap<>();
            props.put("id", id);
            props.put("rule", rule.id());
            props.put("name", rule.title());
            props.put("title", rule.title());
            props.put("severity", rule.severity().name());
            props.put("message", hit.message());
            props.put("municipality", hit.municipality());
            props.put("subjectIds", hit.subjects().stream().map(Subject::id).toList());
            props.put("document", hit.evidence().document());
            props.put("sectionPath", hit.evidence().sectionPath());
            props.put("line", hit.evidence().line());
            props.put("quote", hit.evidence().quote());
            props.put("checkedAt", now);
            rows.add(Map.of("id", id, "props", props, "subjects",
                    hit.subjects().stream().map(s -> Map.of("label", s.kind().label(), "key", s.key())).toList()));
        });
        tx.run("""
                MATCH (x:Finding {rule: $rule}) WHERE NOT x.id IN $ids
                DETACH DELETE x
                """, Map.of("rule", rule.id(), "ids", new ArrayList<>(hits.keySet()))).consume();
        tx.run("""
                UNWIND $rows AS row
                MERGE (x:Finding {id: row.id})
                SET x += row.props
                WITH x
                OPTIONAL MATCH (x)-[c:CONCERNS]->()
                DELETE c
                """, Map.of("rows", rows)).consume();
        for (NodeKind kind : NodeKind.values()) {
            // Labels come from the NodeKind enum, never from data.
            tx.run("""
                    UNWIND $rows AS row
                    UNWIND row.subjects AS s
                    WITH row, s WHERE s.label = $label
                    MATCH (x:Finding {id: row.id})
                    MATCH (n:`%s` {`%s`: s.key})
                    MERGE (x)-[:CONCERNS]->(n)
                    """.formatted(kind.label(), kind.keyProperty()), Map.of("rows", rows, "label", kind.label())).consume();
        }
    }
}
