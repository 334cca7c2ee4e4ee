package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.Severity;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * A 提供 whose only bases are 利用 bases (番号法第9条 / 別表第一): 利用 allows the body to use the
 * number itself, not to hand it to someone else.
 */
@Component
public class UseBasisOnProvisionRule extends FlowCypherRule {

    @Override
    public String id() {
        return "USE_BASIS_ON_PROVISION";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public String title() {
        return "利用の根拠で提供している";
    }

    @Override
    String cypher() {
        return """
                MATCH (f:Flow)-[:UNDER]->(lb:LegalBasis)
                USING INDEX f:Flow(assessment)
                WHERE %s AND f.kind = '提供'
                WITH f, collect(lb) AS bases
                WHERE all(b IN bases WHERE b.kind = '利用')
                %s, [b IN bases | b.key] AS keys
                ORDER BY id
                """.formatted(CURRENT, RETURN_FLOW);
    }

    @Override
    String message(Record row) {
        return "提供「" + text(row, "flowName") + "」の根拠が利用の条項（" + String.join("、",
                row.get("keys").asList(v -> io.mynumberlineage.graph.LegalBasisLabel.of(v.asString()))) + "）だけです。"
                + "提供を認める条項（第19条各号など）が必要です。" + asWritten(row);
    }
}
