package io.mynumberlineage.route;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.InputError;
import java.util.HashMap;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code systems(hosting, municipality, first)}: the systems that run where asked (every system on
 * ガバメントクラウド, say), each with the evidence of its hosting as node properties
 * (hostingEvidence, hostingDocument, hostingLine, hostingQuote, hostingRuleId).
 */
@Controller
public class SystemsController {

    private static final String QUERY = """
            MATCH (s:System)
            WHERE ($hosting IS NULL OR s.hosting = $hosting)
              AND ($municipality IS NULL OR s.municipality = $municipality)
            RETURN s ORDER BY s.municipality, s.id LIMIT $first
            """;

    private final GraphReader reader;

    public SystemsController(GraphReader reader) {
        this.reader = reader;
    }

    public record SystemList(java.util.List<GraphNode> systems) {
    }

    @QueryMapping
    public Object systems(@Argument String hosting, @Argument String municipality, @Argument Integer first) {
        int limit = first == null ? 100 : first;
        if (limit < 1 || limit > 1000) {
            return new InputError("INVALID_ARGUMENT", "first は 1 から 1000 の範囲で指定してください。", "first");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("hosting", hosting == null || hosting.isBlank() ? null : hosting.strip());
        parameters.put("municipality", municipality == null || municipality.isBlank() ? null : municipality.strip());
        parameters.put("first", limit);
        return new SystemList(reader.list(QUERY, parameters, r -> GraphNode.of(r.get("s").asNode())));
    }
}
