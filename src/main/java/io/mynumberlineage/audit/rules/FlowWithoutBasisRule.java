package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.Severity;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** A 提供 or 移転 of 個人番号 that names no legal basis the parser understood. */
@Component
public class FlowWithoutBasisRule extends FlowCypherRule {

    @Override
    public String id() {
        return "MYNUMBER_FLOW_WITHOUT_BASIS";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public String title() {
        return "法的根拠のない個人番号の提供・移転";
    }

    @Override
    String cypher() {
        return """
                MATCH (f:Flow)
                WHERE %s AND f.myNumber AND f.kind IN ['提供', '移転'] AND NOT (f)-[:UNDER]->(:LegalBasis)
                %s, f.citations AS citations
                ORDER BY id
                """.formatted(CURRENT, RETURN_FLOW);
    }

    @Override
    String message(Record row) {
        var citations = row.get("citations").isNull() ? java.util.List.<Object>of() : row.get("citations").asList();
        return "個人番号を含む流れ「" + text(row, "flowName") + "」に法的根拠が示されていません"
                + (citations.isEmpty() ? "。" : "（記載「" + citations.get(0) + "」は根拠条文として解釈できません）。");
    }
}
