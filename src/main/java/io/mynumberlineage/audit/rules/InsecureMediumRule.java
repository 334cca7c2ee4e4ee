package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.Severity;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** 個人番号 moved by e-mail, removable media or paper: easy to lose, misdirect or copy. */
@Component
public class InsecureMediumRule extends FlowCypherRule {

    /** The form's method labels for media outside the systems' access control. */
    static final List<String> MEDIA = List.of("電子メール", "電子記録媒体", "フラッシュメモリ", "紙");

    @Override
    public String id() {
        return "MYNUMBER_OVER_INSECURE_MEDIUM";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public String title() {
        return "電子メール・電子記録媒体・フラッシュメモリ・紙による個人番号の授受";
    }

    @Override
    String cypher() {
        return """
                MATCH (f:Flow)
                WHERE %s AND f.myNumber
                WITH f, [m IN coalesce(f.methods, []) WHERE any(x IN $media WHERE m STARTS WITH x)] AS risky
                WHERE size(risky) > 0
                %s, risky
                ORDER BY id
                """.formatted(CURRENT, RETURN_FLOW);
    }

    @Override
    Map<String, Object> parameters() {
        return Map.of("media", MEDIA);
    }

    @Override
    String message(Record row) {
        return "個人番号を含む流れ「" + text(row, "flowName") + "」で「"
                + String.join("」「", row.get("risky").asList(v -> v.asString()))
                + "」が使われています。誤送付・紛失・持ち出しへの対策を確認してください。";
    }
}
