package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.trace.AssessmentController.AssessmentVersion;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Component;

/** Assessment versions, their statements and their file and system lists, as the version views read them. */
@Component
public class AssessmentQueries {

    private static final String VERSION = """
            OPTIONAL MATCH (a)-[:SUPERSEDES]->(older:Assessment)
            OPTIONAL MATCH (newer:Assessment)-[:SUPERSEDES]->(a)
            RETURN a, older.id AS older, newer.id AS newer
            """;

    private final GraphReader reader;

    public AssessmentQueries(GraphReader reader) {
        this.reader = reader;
    }

    /** Names of the files and systems a version declares. */
    public record FilesAndSystems(List<String> files, List<String> systems) {
    }

    /** @param municipality null for every municipality */
    public List<AssessmentVersion> versions(String municipality, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("municipality", municipality);
        parameters.put("first", limit);
        return reader.list("""
                MATCH (a:Assessment) WHERE $municipality IS NULL OR a.municipality = $municipality
                WITH a ORDER BY a.municipality, a.key, a.validFrom, a.id LIMIT $first
                """ + VERSION, parameters, AssessmentQueries::version);
    }

    /** The version with this GraphQL id ({@code Assessment:…}) or store key; null when there is none. */
    public AssessmentVersion version(String id) {
        var parsed = NodeId.parse(id).filter(n -> n.kind() == NodeKind.ASSESSMENT).map(NodeId::key).orElse(id);
        return reader.list("MATCH (a:Assessment {id: $id})\n" + VERSION, Map.of("id", parsed),
                AssessmentQueries::version).stream().findFirst().orElse(null);
    }

    /** The same statement in two versions: same kind, same file, same counterpart. */
    public Map<String, Flow> flowsByStatement(AssessmentVersion version) {
        Map<String, Flow> flows = new LinkedHashMap<>();
        reader.list("""
                MATCH (:Assessment {id: $id})-[:DECLARES]->(f:Flow)
                MATCH (src)-[:SENDS]->(f)-[:TO]->(dst)
                RETURN f, src, dst ORDER BY f.id
                """, Map.of("id", key(version)), r -> Flow.of(r.get("f").asNode(), r.get("src").asNode(),
                r.get("dst").asNode()))
                .forEach(f -> flows.putIfAbsent(f.kind() + "|" + f.source().id() + "|" + f.recipient().id(), f));
        return flows;
    }

    public FilesAndSystems filesAndSystems(AssessmentVersion version) {
        return reader.single("""
                MATCH (a:Assessment {id: $id})
                RETURN coalesce(a.files, []) AS files, coalesce(a.systems, []) AS systems
                """, Map.of("id", key(version)), r -> new FilesAndSystems(r.get("files").asList(v -> v.asString()),
                r.get("systems").asList(v -> v.asString())));
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String key(AssessmentVersion version) {
        return version.id().substring(version.id().indexOf(':') + 1);
    }

    private static AssessmentVersion version(Record r) {
        Node a = r.get("a").asNode();
        return new AssessmentVersion("Assessment:" + a.get("id").asString(), a.get("key").asString(),
                text(a.get("municipality")), text(a.get("title")),
                text(a.get("processName")), text(a.get("kind")),
                text(a.get("publishedOn")), text(a.get("validFrom")),
                text(a.get("validTo")), a.get("validTo").isNull(),
                r.get("older").isNull() ? null : "Assessment:" + r.get("older").asString(),
                r.get("newer").isNull() ? null : "Assessment:" + r.get("newer").asString(),
                a.get("flowCount").asInt(0), GraphNode.of(a));
    }
}
