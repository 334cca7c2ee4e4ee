package io.mynumberlineage.trace;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.mynumberlineage.graph.InputError;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.trace.TraceService.Answer;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import io.mynumberlineage.trace.TraceService.TraceRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code trace(from, item, direction, maxHops, asOf, expand, budget)}. */
@Controller
public class TraceController {

    private final TraceService traces;

    public TraceController(TraceService traces) {
        this.traces = traces;
    }

    @QueryMapping
    public Object trace(@Argument String from, @Argument String item, @Argument TraceDirection direction,
            @Argument Integer maxHops, @Argument String asOf, @Argument List<String> expand, @Argument Integer budget,
            DataFetchingFieldSelectionSet selection) {
        var start = NodeId.parse(from);
        if (start.isEmpty()) {
            return new InputError("INVALID_ID", "from は「種類:キー」の形式の ID で指定してください（例: PersonalInfoFile:…）。", "from");
        }
        int hops = maxHops == null ? 6 : maxHops;
        if (hops < 1 || hops > TraceService.MAX_HOPS) {
            return new InputError("INVALID_ARGUMENT", "maxHops は 1 から " + TraceService.MAX_HOPS + " の範囲で指定してください。", "maxHops");
        }
        int limit = budget == null ? TraceService.DEFAULT_BUDGET : budget;
        if (limit < 1 || limit > TraceService.MAX_BUDGET) {
            return new InputError("INVALID_ARGUMENT", "budget は 1 から " + TraceService.MAX_BUDGET + " の範囲で指定してください。", "budget");
        }
        LocalDate date;
        try {
            date = asOf == null || asOf.isBlank() ? LocalDate.now() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            return new InputError("INVALID_ARGUMENT", "asOf は YYYY-MM-DD 形式の日付で指定してください。", "asOf");
        }
        List<NodeId> expanded = new ArrayList<>();
        for (String id : expand == null ? List.<String>of() : expand) {
            var parsed = NodeId.parse(id);
            if (parsed.isEmpty()) {
                return new InputError("INVALID_ID", "expand の ID「" + id + "」は「種類:キー」の形式ではありません。", "expand");
            }
            expanded.add(parsed.get());
        }
        if (expanded.size() > 50) {
            return new InputError("INVALID_ARGUMENT", "expand に指定できるのは 50 件までです。", "expand");
        }
        String carried = item == null || item.isBlank() ? "個人番号" : item.strip();
        var request = new TraceRequest(start.get(), carried, direction == null ? TraceDirection.DOWNSTREAM : direction,
                hops, date, expanded, limit, answerFor(selection));
        return traces.trace(request).<Object>map(t -> t)
                .orElseGet(() -> new InputError("NOT_FOUND", "起点「" + from + "」が見つかりません。", "from"));
    }

    /** The hop properties each TraceEdge field is read from (the statement's are read off the statement). */
    private static final Map<String, List<String>> HOP_FIELDS = Map.of(
            "step", List.of("step"),
            "evidence", List.of("evidence", "ruleId", "provDocument", "provSection", "provLine", "provQuote"),
            // Whether a hop rests on the 利用 basis depends on its step and its statement's kind.
            "useBasis", List.of("basis", "step", "kind"),
            "useBasisLabels", List.of("basis", "step", "kind"));

    /** A statement's own id needs no lookup: the hop carries it. */
    private static final Set<String> FLOW_IDENTITY = Set.of("id", "flowId", "__typename");

    /** Only what the query selects leaves the store; a statement beyond its id costs a lookup per statement. */
    static Answer answerFor(DataFetchingFieldSelectionSet selection) {
        Set<String> selected = new HashSet<>();
        selection.getFields().forEach(f -> selected.add(f.getQualifiedName()));
        return answerFor(selected);
    }

    /** @param selected the selected fields by path below {@code trace} ({@code edges/flow/kind}) */
    static Answer answerFor(Set<String> selected) {
        Set<String> keys = new HashSet<>();
        HOP_FIELDS.forEach((field, read) -> {
            if (selected.contains("edges/" + field)) {
                keys.addAll(read);
            }
        });
        List<String> properties = TraceService.EDGE_PROPERTIES.stream().filter(keys::contains).toList();
        boolean flows = selected.stream().anyMatch(path -> path.startsWith("edges/flow/")
                && !FLOW_IDENTITY.contains(path.substring("edges/flow/".length()).split("/")[0]));
        boolean ends = selected.contains("edges/flow/source") || selected.contains("edges/flow/recipient");
        return new Answer(selected.contains("edges"), properties, flows, ends);
    }
}
