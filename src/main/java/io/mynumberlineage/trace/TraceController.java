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
import java.util.List;
import java.util.Map;
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

    /** TraceEdge's fields by the edge property they show. */
    private static final Map<String, String> EDGE_FIELDS = Map.ofEntries(Map.entry("kind", "kind"),
            Map.entry("myNumber", "myNumber"), Map.entry("methods", "methods"), Map.entry("via", "via"),
            Map.entry("basis", "legalBasis"), Map.entry("beppyoItems", "beppyoItems"), Map.entry("items", "items"),
            Map.entry("step", "step"), Map.entry("evidence", "evidence"), Map.entry("ruleId", "evidence"),
            Map.entry("provDocument", "evidence"), Map.entry("provSection", "evidence"), Map.entry("provLine", "evidence"),
            Map.entry("provQuote", "evidence"));

    /** Only what the query selects leaves the store; provenance and citations cost a lookup per flow. */
    static Answer answerFor(DataFetchingFieldSelectionSet selection) {
        List<String> properties = TraceService.EDGE_PROPERTIES.stream()
                .filter(p -> selection.contains("edges/" + EDGE_FIELDS.get(p))
                        || "basis".equals(p) && selection.contains("edges/basisLabels"))
                .toList();
        return new Answer(selection.contains("edges"), properties, selection.contains("edges/provenance")
                || selection.contains("edges/citations") || selection.contains("edges/basisHints"));
    }
}
