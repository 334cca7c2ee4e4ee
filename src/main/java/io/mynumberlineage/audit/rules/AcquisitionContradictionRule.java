package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.Severity;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * 入手元 and 入手方法 that cannot both be true: a resident does not use the 情報提供ネットワーク
 * or 住基ネット, an in-house department is not reached through the 情報提供ネットワーク (it links
 * different bodies), and an outside body is not on the 庁内連携システム (it is internal).
 */
@Component
public class AcquisitionContradictionRule extends FlowCypherRule {

    /** source: substring of the 入手元 as written; methods: substrings of methods it excludes. */
    static final List<Map<String, Object>> CONTRADICTIONS = List.of(
            Map.of("source", List.of("本人"), "methods", List.of("情報提供ネットワーク", "住民基本台帳ネットワーク", "住基ネット", "庁内連携"),
                    "reason", "本人や代理人は行政機関のネットワークを使って届け出ることはありません"),
            Map.of("source", List.of("評価実施機関内の他部署", "自部署"), "methods", List.of("情報提供ネットワーク"),
                    "reason", "情報提供ネットワークシステムは別の機関どうしを結ぶもので、同じ機関の部署間では使いません"),
            Map.of("source", List.of("地方公共団体・地方独立行政法人", "民間事業者", "行政機関・独立行政法人"),
                    "methods", List.of("庁内連携"),
                    "reason", "庁内連携システムは機関の内部のシステムで、外部の機関とはつながっていません"));

    @Override
    public String id() {
        return "ACQUISITION_SOURCE_METHOD_CONTRADICTION";
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public String title() {
        return "入手元と入手方法の組み合わせが矛盾している";
    }

    @Override
    String cypher() {
        return """
                MATCH (f:Flow {kind: '入手'})
                WHERE %s AND f.counterpart IS NOT NULL
                UNWIND $contradictions AS c
                WITH f, c, [m IN coalesce(f.methods, []) WHERE any(x IN c.methods WHERE m CONTAINS x)] AS clashing
                WHERE any(s IN c.source WHERE f.counterpart CONTAINS s) AND size(clashing) > 0
                WITH f, collect(c.reason)[0] AS reason, collect(clashing)[0] AS clashing
                %s, reason, clashing, f.counterpart AS source
                ORDER BY id
                """.formatted(CURRENT, RETURN_FLOW);
    }

    @Override
    Map<String, Object> parameters() {
        return Map.of("contradictions", CONTRADICTIONS);
    }

    @Override
    String message(Record row) {
        return "入手元「" + text(row, "source") + "」と入手方法「"
                + String.join("」「", row.get("clashing").asList(v -> v.asString())) + "」が矛盾しています（"
                + text(row, "reason") + "）。";
    }
}
