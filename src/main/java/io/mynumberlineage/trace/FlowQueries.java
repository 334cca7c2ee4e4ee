package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.trace.FlowsController.FlowFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Flow statements by the filters of {@code flows}, in flow-id order after a given id, and one by its id. */
@Component
public class FlowQueries {

    private final GraphReader reader;

    public FlowQueries(GraphReader reader) {
        this.reader = reader;
    }

    /** Up to {@code limit} statements whose id sorts after {@code afterId} ("" for the first page). */
    public List<Flow> page(FlowFilter f, String afterId, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", afterId);
        parameters.put("limit", limit);
        List<String> conditions = new ArrayList<>();
        conditions.add("f.id > $after");
        StringBuilder cypher = new StringBuilder();
        // Each optional condition is a fixed fragment; the values are parameters.
        if (present(f.legalBasis())) {
            parameters.put("basis", f.legalBasis().strip());
            parameters.put("basisPrefix", f.legalBasis().strip() + "/");
            cypher.append("MATCH (lb:LegalBasis) WHERE lb.key = $basis OR lb.key STARTS WITH $basisPrefix\n")
                    .append("MATCH (f:Flow)-[:UNDER]->(lb)\n");
        } else {
            cypher.append("MATCH (f:Flow)\n");
        }
        if (present(f.kind())) {
            parameters.put("kind", f.kind().strip());
            conditions.add("f.kind = $kind");
        }
        if (present(f.municipality())) {
            parameters.put("municipality", f.municipality().strip());
            conditions.add("f.municipality = $municipality");
        }
        if (present(f.method())) {
            parameters.put("method", f.method().strip());
            conditions.add("any(m IN f.methods WHERE m CONTAINS $method)");
        }
        if (!Boolean.TRUE.equals(f.includeSuperseded())) {
            conditions.add("f.validTo IS NULL");
        }
        if (present(f.recipient())) {
            var id = NodeId.parse(f.recipient().strip());
            parameters.put("recipient", f.recipient().strip());
            parameters.put("recipientKey", id.map(NodeId::key).orElse(""));
            conditions.add("EXISTS { (f)-[:TO]->(r) WHERE r.name CONTAINS $recipient OR r.id = $recipientKey }");
        }
        cypher.append("WHERE ").append(String.join(" AND ", conditions)).append('\n')
                .append("WITH DISTINCT f ORDER BY f.id LIMIT $limit\n")
                .append("MATCH (src)-[:SENDS]->(f)-[:TO]->(dst)\n")
                .append("RETURN f, src, dst ORDER BY f.id");
        return reader.list(cypher.toString(), parameters,
                r -> Flow.of(r.get("f").asNode(), r.get("src").asNode(), r.get("dst").asNode()));
    }

    /** The stored statement with this flow id, with its two ends. */
    public Optional<Flow> flow(String flowId) {
        return reader.list("MATCH (src)-[:SENDS]->(f:Flow {id: $id})-[:TO]->(dst) RETURN f, src, dst",
                Map.of("id", flowId), r -> Flow.of(r.get("f").asNode(), r.get("src").asNode(), r.get("dst").asNode()))
                .stream().findFirst();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
