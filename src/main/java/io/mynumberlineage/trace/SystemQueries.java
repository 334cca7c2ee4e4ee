package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.GraphReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Systems by where they run and whose they are. */
@Component
public class SystemQueries {

    private static final String SYSTEMS = """
            MATCH (s:System)
            WHERE ($hosting IS NULL OR s.hosting = $hosting)
              AND ($municipality IS NULL OR s.municipality = $municipality)
            RETURN s ORDER BY s.municipality, s.id LIMIT $first
            """;

    private final GraphReader reader;

    public SystemQueries(GraphReader reader) {
        this.reader = reader;
    }

    /** @param hosting null for any; @param municipality null for all */
    public List<GraphNode> systems(String hosting, String municipality, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("hosting", hosting);
        parameters.put("municipality", municipality);
        parameters.put("first", limit);
        return reader.list(SYSTEMS, parameters, r -> GraphNode.of(r.get("s").asNode()));
    }
}
