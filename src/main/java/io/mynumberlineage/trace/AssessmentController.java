package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.InputError;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code assessments(municipality)} and {@code diff(from, to)} between two versions of one assessment. */
@Controller
public class AssessmentController {

    static final int MAX_FIRST = 500;

    private final GraphReader reader;

    public AssessmentController(GraphReader reader) {
        this.reader = reader;
    }

    public record AssessmentVersion(String id, String key, String municipality, String title, String processName,
            String kind, String publishedOn, String validFrom, String validTo, boolean current, String supersedes,
            String supersededBy, int flowCount, GraphNode node) {
    }

    public record AssessmentList(List<AssessmentVersion> versions) {
    }

    public record FlowChange(FlowSummary before, FlowSummary after, List<String> fields) {
    }

    public record AssessmentDiff(AssessmentVersion from, AssessmentVersion to, List<FlowSummary> added,
            List<FlowSummary> removed, List<FlowChange> changed, int unchanged, List<String> addedFiles,
            List<String> removedFiles, List<String> addedSystems, List<String> removedSystems) {
    }

    private static final String VERSION = """
            OPTIONAL MATCH (a)-[:SUPERSEDES]->(older:Assessment)
            OPTIONAL MATCH (newer:Assessment)-[:SUPERSEDES]->(a)
            RETURN a, older.id AS older, newer.id AS newer
            """;

    @QueryMapping
    public Object assessments(@Argument String municipality, @Argument Integer first) {
        int limit = first == null ? 100 : first;
        if (limit < 1 || limit > MAX_FIRST) {
            return new InputError("INVALID_ARGUMENT", "first は 1 から " + MAX_FIRST + " の範囲で指定してください。", "first");
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("municipality", municipality);
        parameters.put("first", limit);
        var versions = reader.list("""
                MATCH (a:Assessment) WHERE $municipality IS NULL OR a.municipality = $municipality
                WITH a ORDER BY a.municipality, a.key, a.validFrom, a.id LIMIT $first
                """ + VERSION, parameters, AssessmentController::version);
        return new AssessmentList(versions);
    }

    @QueryMapping
    public Object diff(@Argument String from, @Argument String to) {
        var before = version(from);
        var after = version(to);
        if (before == null) {
            return new InputError("NOT_FOUND", "評価書「" + from + "」が見つかりません。", "from");
        }
        if (after == null) {
            return new InputError("NOT_FOUND", "評価書「" + to + "」が見つかりません。", "to");
        }
        if (!before.key().equals(after.key())) {
            return new InputError("DIFFERENT_ASSESSMENTS", "差分は同じ評価書の版どうしでのみ比較できます。", "to");
        }
        Map<String, FlowSummary> old = flowsByStatement(before);
        Map<String, FlowSummary> now = flowsByStatement(after);
        List<FlowSummary> added = new ArrayList<>();
        List<FlowSummary> removed = new ArrayList<>();
        List<FlowChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (var entry : now.entrySet()) {
            FlowSummary previous = old.get(entry.getKey());
            if (previous == null) {
                added.add(entry.getValue());
                continue;
            }
            List<String> fields = changedFields(previous, entry.getValue());
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new FlowChange(previous, entry.getValue(), fields));
            }
        }
        old.forEach((statement, flow) -> {
            if (!now.containsKey(statement)) {
                removed.add(flow);
            }
        });
        var lists = reader.single("""
                MATCH (b:Assessment {id: $from}) MATCH (a:Assessment {id: $to})
                RETURN coalesce(b.files, []) AS bf, coalesce(a.files, []) AS af,
                       coalesce(b.systems, []) AS bs, coalesce(a.systems, []) AS asys
                """, Map.of("from", key(before), "to", key(after)), r -> r);
        List<String> bf = lists.get("bf").asList(v -> v.asString());
        List<String> af = lists.get("af").asList(v -> v.asString());
        List<String> bs = lists.get("bs").asList(v -> v.asString());
        List<String> as = lists.get("asys").asList(v -> v.asString());
        return new AssessmentDiff(before, after, added, removed, changed, unchanged, minus(af, bf), minus(bf, af),
                minus(as, bs), minus(bs, as));
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    /** The same statement in two versions: same kind, same file, same counterpart. */
    private Map<String, FlowSummary> flowsByStatement(AssessmentVersion version) {
        Map<String, FlowSummary> flows = new LinkedHashMap<>();
        reader.list("""
                MATCH (:Assessment {id: $id})-[:DECLARES]->(f:Flow)
                MATCH (src)-[:SENDS]->(f)-[:TO]->(dst)
                RETURN f, src, dst ORDER BY f.id
                """, Map.of("id", key(version)), r -> FlowSummary.of(r.get("f").asNode(), r.get("src").asNode(),
                r.get("dst").asNode()))
                .forEach(f -> flows.putIfAbsent(f.kind() + "|" + f.source().id() + "|" + f.recipient().id(), f));
        return flows;
    }

    private static List<String> changedFields(FlowSummary a, FlowSummary b) {
        List<String> fields = new ArrayList<>();
        compare(fields, "methods", a.methods(), b.methods());
        compare(fields, "via", a.via(), b.via());
        compare(fields, "legalBasis", a.legalBasis(), b.legalBasis());
        compare(fields, "beppyoItems", a.beppyoItems(), b.beppyoItems());
        compare(fields, "citations", a.citations(), b.citations());
        compare(fields, "items", a.items(), b.items());
        compare(fields, "purpose", a.purpose(), b.purpose());
        compare(fields, "frequency", a.frequency(), b.frequency());
        return fields;
    }

    private static void compare(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    private static String key(AssessmentVersion version) {
        return version.id().substring(version.id().indexOf(':') + 1);
    }

    private AssessmentVersion version(String id) {
        var parsed = NodeId.parse(id).filter(n -> n.kind() == NodeKind.ASSESSMENT).map(NodeId::key).orElse(id);
        return reader.list("MATCH (a:Assessment {id: $id})\n" + VERSION, Map.of("id", parsed),
                AssessmentController::version).stream().findFirst().orElse(null);
    }

    private static AssessmentVersion version(Record r) {
        Node a = r.get("a").asNode();
        return new AssessmentVersion("Assessment:" + a.get("id").asString(), a.get("key").asString(),
                FlowSummary.text(a.get("municipality")), FlowSummary.text(a.get("title")),
                FlowSummary.text(a.get("processName")), FlowSummary.text(a.get("kind")),
                FlowSummary.text(a.get("publishedOn")), FlowSummary.text(a.get("validFrom")),
                FlowSummary.text(a.get("validTo")), a.get("validTo").isNull(),
                r.get("older").isNull() ? null : "Assessment:" + r.get("older").asString(),
                r.get("newer").isNull() ? null : "Assessment:" + r.get("newer").asString(),
                a.get("flowCount").asInt(0), GraphNode.of(a));
    }
}
