package io.mynumberlineage.graph;

import java.util.Arrays;
import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code status}: what the store holds and whether it is embedded or external. */
@Controller
public class StatusController {

    private final StoreStatistics statistics;
    private final DatabaseMode mode;
    private final SchemaMigrations.SchemaVersion schemaVersion;

    public StatusController(StoreStatistics statistics, DatabaseMode mode, SchemaMigrations.SchemaVersion schemaVersion) {
        this.statistics = statistics;
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
        // Count per model label only: each count is a label-store lookup, not a scan.
        List<LabelCount> labels = Arrays.stream(NodeKind.values())
                .map(kind -> new LabelCount(kind.label(), statistics.nodes(kind)))
                .filter(c -> c.count() > 0)
                .toList();
        return new Status(mode, statistics.neo4jVersion(), schemaVersion.value(), statistics.nodes(),
                statistics.relationships(), labels);
    }
}
