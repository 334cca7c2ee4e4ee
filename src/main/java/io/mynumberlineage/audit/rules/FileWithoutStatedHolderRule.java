package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.AuditContext;
import io.mynumberlineage.audit.AuditRule;
import io.mynumberlineage.audit.Evidence;
import io.mynumberlineage.audit.RuleHit;
import io.mynumberlineage.audit.Severity;
import io.mynumberlineage.audit.Subject;
import io.mynumberlineage.graph.NodeKind;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A 特定個人情報ファイル no system is known to hold: the document never says where it is kept, so
 * the trace can only place it by a rule of the national architecture (or not at all). Who holds
 * the 個人番号 is the first thing an auditor checks.
 */
@Component
public class FileWithoutStatedHolderRule implements AuditRule {

    @Override
    public String id() {
        return "FILE_WITHOUT_STATED_HOLDER";
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public String title() {
        return "保管するシステムの記載がない特定個人情報ファイル";
    }

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        return context.query("""
                MATCH (a:Assessment)-[:COVERS]->(f:PersonalInfoFile)
                WHERE a.id IN $assessments AND coalesce(a.current, true)
                  AND NOT EXISTS { (f)-[st:STORED_IN]->(:System) WHERE coalesce(st.evidence, 'STATED') = 'STATED' }
                OPTIONAL MATCH (f)-[st:STORED_IN]->(s:System)
                WITH a, f, collect(s.name + '（' + coalesce(st.ruleId, '') + '）') AS derived
                RETURN DISTINCT f.id AS id, f.name AS name, a.municipality AS municipality, a.id AS assessment, f.provDocument AS document,
                       f.provSection AS section, derived
                ORDER BY id
                """, Map.of()).stream().map(row -> {
            String id = row.get("id").asString();
            List<String> derived = row.get("derived").asList(v -> v.asString());
            String message = "「" + row.get("name").asString() + "」を保管するシステムが評価書に書かれていません。"
                    + (derived.isEmpty() ? "経路をたどれるシステムもありません。"
                            : "経路は全国共通の仕組みから " + String.join("、", derived) + " と推定しています。")
                    + "保管場所（⑤保管場所、システムの機能）を確認してください。";
            return new RuleHit(id, List.of(new Subject(NodeKind.FILE, id)), message,
                    new Evidence(row.get("document").asString(null), row.get("section").asString(null), null, null),
                    row.get("municipality").asString(null), row.get("assessment").asString());
        }).toList();
    }
}
