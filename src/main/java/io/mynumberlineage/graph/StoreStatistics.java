package io.mynumberlineage.graph;

import java.util.Map;
import org.springframework.stereotype.Component;

/** What the store holds, counted from its own statistics (label and relationship counts, no scans). */
@Component
public class StoreStatistics {

    private final GraphReader reader;

    public StoreStatistics(GraphReader reader) {
        this.reader = reader;
    }

    public String neo4jVersion() {
        return reader.single("CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                r -> r.get("v").asString());
    }

    public long nodes() {
        return reader.single("MATCH (n) RETURN count(n) AS c", Map.of(), r -> r.get("c").asLong());
    }

    public long relationships() {
        return reader.single("MATCH ()-[r]->() RETURN count(r) AS c", Map.of(), r -> r.get("c").asLong());
    }

    public long nodes(NodeKind kind) {
        return reader.single(kind.countQuery(), Map.of(), r -> r.get("c").asLong());
    }
}
