package io.mynumberlineage.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code status}: what the store holds and whether it is embedded or external. */
@Controller
public class StatusController {

    private final GraphReader reader;
    private final DatabaseMode mode;
    private final SchemaMigrations.SchemaVersion schemaVersion;

    public StatusController(GraphReader reader, DatabaseMode mode, SchemaMigrations.SchemaVersion schemaVersion) {
        this.reader = reader;
        this.mode = mode;
        this.schemaVersion = schemaVersion;
    }

    public record Status(DatabaseMode mode, String neo4jVersion, String schemaVersion, long nodeCount,
            long relationshipCount, List<LabelCount> labels) {
    }

    public record LabelCount(String label, long count) {
    }

    @QueryMapping
    public Status status() {
        String version = reader.single(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(), r -> r.get("v").asString());
        long nodes = reader.single("MATCH (n) RETURN count(n) AS c", Map.of(), r -> r.get("c").asLong());
        long relationships = reader.single("MATCH ()-[r]->() RETURN count(r) AS c", Map.of(), r -> r.get("c").asLong());
        // Count per model label only: each count is a label-store lookup, not a scan.
        List<LabelCount> labels = Arrays.stream(NodeKind.values())
                .map(kind -> new LabelCount(kind.label(), countLabel(kind)))
                .filter(c -> c.count() > 0)
                .toList();
        return new Status(mode, version, schemaVersion.value(), nodes, relationships, labels);
    }

    private long countLabel(NodeKind kind) {
        return reader.single(kind.countQuery(), Map.of(), r -> r.get("c").asLong());
    }
}
