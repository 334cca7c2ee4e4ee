package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.Severity;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * A 個人番号 flow whose every method is e-mail, removable media or paper, so its route leaves the
 * file without passing any system: no access control, log or encryption of a system applies to it.
 * Stricter than {@link InsecureMediumRule}, which speaks whenever such a medium is among the methods.
 */
@Component
public class FlowBypassingSystemsRule extends FlowCypherRule {

    @Override
    public String id() {
        return "FLOW_BYPASSES_SYSTEMS";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public String title() {
        return "システムを通らずに個人番号を渡す流れ（電子メール・媒体・紙のみ）";
    }

    @Override
    String cypher() {
        return """
                MATCH (file:PersonalInfoFile)-[:SENDS]->(f:Flow)
                USING INDEX f:Flow(assessment)
                WHERE %s AND f.myNumber AND f.kind IN ['提供', '移転', '委託'] AND size(coalesce(f.methods, [])) > 0
                  AND all(m IN f.methods WHERE any(x IN $media WHERE m STARTS WITH x))
                  AND NOT EXISTS { (file)-[r:ROUTE]->(:System) WHERE r.flow = f.id }
                %s, f.methods AS media
                ORDER BY id
                """.formatted(CURRENT, RETURN_FLOW);
    }

    @Override
    Map<String, Object> parameters() {
        return Map.of("media", InsecureMediumRule.MEDIA);
    }

    @Override
    String message(Record row) {
        return "流れ「" + text(row, "flowName") + "」は「" + String.join("」「", row.get("media").asList(v -> v.asString()))
                + "」だけで行われ、どのシステムも経由しません。システムのアクセス制御や記録が及ばないため、"
                + "授受の記録・暗号化・受け渡し手順を確認してください。";
    }
}
