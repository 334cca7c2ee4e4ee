package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code assessments(municipality)} and {@code diff(from, to)} between two versions of one assessment. */
@Controller
public class AssessmentController {

    static final int MAX_FIRST = 500;

    private final AssessmentQueries queries;

    public AssessmentController(AssessmentQueries queries) {
        this.queries = queries;
    }

    public record AssessmentVersion(String id, String key, String municipality, String title, String processName,
            String kind, String publishedOn, String validFrom, String validTo, boolean current, String supersedes,
            String supersededBy, int flowCount, GraphNode node) {
    }

    public record AssessmentList(List<AssessmentVersion> versions) {
    }

    public record FlowChange(Flow before, Flow after, List<String> fields) {
    }

    public record AssessmentDiff(AssessmentVersion from, AssessmentVersion to, List<Flow> added,
            List<Flow> removed, List<FlowChange> changed, int unchanged, List<String> addedFiles,
            List<String> removedFiles, List<String> addedSystems, List<String> removedSystems) {
    }

    @QueryMapping
    public Object assessments(@Argument String municipality, @Argument Integer first) {
        int limit = first == null ? 100 : first;
        if (limit < 1 || limit > MAX_FIRST) {
            return new InputError("INVALID_ARGUMENT", "first は 1 から " + MAX_FIRST + " の範囲で指定してください。", "first");
        }
        return new AssessmentList(queries.versions(municipality, limit));
    }

    @QueryMapping
    public Object diff(@Argument String from, @Argument String to) {
        var before = queries.version(from);
        var after = queries.version(to);
        if (before == null) {
            return new InputError("NOT_FOUND", "評価書「" + from + "」が見つかりません。", "from");
        }
        if (after == null) {
            return new InputError("NOT_FOUND", "評価書「" + to + "」が見つかりません。", "to");
        }
        if (!before.key().equals(after.key())) {
            return new InputError("DIFFERENT_ASSESSMENTS", "差分は同じ評価書の版どうしでのみ比較できます。", "to");
        }
        Map<String, Flow> old = queries.flowsByStatement(before);
        Map<String, Flow> now = queries.flowsByStatement(after);
        List<Flow> added = new ArrayList<>();
        List<Flow> removed = new ArrayList<>();
        List<FlowChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (var entry : now.entrySet()) {
            Flow previous = old.get(entry.getKey());
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
        var b = queries.filesAndSystems(before);
        var a = queries.filesAndSystems(after);
        return new AssessmentDiff(before, after, added, removed, changed, unchanged, minus(a.files(), b.files()),
                minus(b.files(), a.files()), minus(a.systems(), b.systems()), minus(b.systems(), a.systems()));
    }

    private static List<String> minus(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static List<String> changedFields(Flow a, Flow b) {
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
}
