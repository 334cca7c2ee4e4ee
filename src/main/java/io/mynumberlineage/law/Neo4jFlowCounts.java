package io.mynumberlineage.law;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** {@link FlowCountSource} over the graph; keys are bound as parameters, never concatenated. */
@Component
public class Neo4jFlowCounts implements FlowCountSource {

    private static final String COUNT_FOR_KEYS = """
            UNWIND $keys AS key
            MATCH (b:LegalBasis {key: key})
            OPTIONAL MATCH (f:Flow)-[:UNDER]->(b)
            RETURN b.key AS key, count(DISTINCT f) AS flows""";

    private static final String COUNT_ALL = """
            MATCH (b:LegalBasis)
            OPTIONAL MATCH (f:Flow)-[:UNDER]->(b)
            RETURN b.key AS key, count(DISTINCT f) AS flows""";

    private final Neo4jClient neo4j;

    public Neo4jFlowCounts(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public Map<String, Long> countFlowsUnder(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return toMap(neo4j.query(COUNT_FOR_KEYS).bind(List.copyOf(keys)).to("keys").fetch().all());
    }

    @Override
    public Map<String, Long> countFlowsByBasis() {
        return toMap(neo4j.query(COUNT_ALL).fetch().all());
    }

    private static Map<String, Long> toMap(Collection<Map<String, Object>> rows) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            Object key = row.get("key");
            Object flows = row.get("flows");
            if (key != null) {
                out.put(key.toString(), flows instanceof Number n ? n.longValue() : 0L);
            }
        }
        return out;
    }
}
