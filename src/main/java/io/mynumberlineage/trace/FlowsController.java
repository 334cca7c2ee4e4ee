package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.InputError;
import io.mynumberlineage.graph.NodeId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code flows(filter, first, after)}: flow statements filtered by legal basis, kind, municipality,
 * recipient and method, in flow-id order with opaque cursors. Ordering by the unique id makes a
 * cursor stable: a page never repeats or skips a flow, even while other documents are loaded.
 */
@Controller
public class FlowsController {

    public static final int MAX_FIRST = 500;

    private final GraphReader reader;

    public FlowsController(GraphReader reader) {
        this.reader = reader;
    }

    public record FlowFilter(String legalBasis, String kind, String municipality, String recipient, String method,
            Boolean includeSuperseded) {
    }

    public record FlowConnection(List<FlowEdge> edges, PageInfo pageInfo) {
    }

    public record FlowEdge(String cursor, FlowSummary node) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    @QueryMapping
    public Object flows(@Argument FlowFilter filter, @Argument Integer first, @Argument String after) {
        int limit = first == null ? 50 : first;
        if (limit < 1 || limit > MAX_FIRST) {
            return new InputError("INVALID_ARGUMENT", "first は 1 から " + MAX_FIRST + " の範囲で指定してください。", "first");
        }
        String afterId = "";
        if (after != null && !after.isBlank()) {
            try {
                afterId = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return new InputError("INVALID_CURSOR", "after のカーソルが正しくありません。", "after");
            }
        }
        FlowFilter f = filter == null ? new FlowFilter(null, null, null, null, null, false) : filter;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("after", afterId);
        parameters.put("limit", limit + 1);
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
        List<FlowSummary> rows = reader.list(cypher.toString(), parameters,
                r -> FlowSummary.of(r.get("f").asNode(), r.get("src").asNode(), r.get("dst").asNode()));
        boolean more = rows.size() > limit;
        List<FlowEdge> edges = rows.stream().limit(limit).map(s -> new FlowEdge(cursor(s.flowId()), s)).toList();
        return new FlowConnection(edges, new PageInfo(more, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
    }

    static String cursor(String flowId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(flowId.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
