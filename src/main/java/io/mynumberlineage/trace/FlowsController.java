package io.mynumberlineage.trace;

import io.mynumberlineage.graph.InputError;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code flows(filter, first, after)}: flow statements filtered by legal basis, kind, municipality,
 * recipient and method, in flow-id order with opaque cursors. Ordering by the unique id makes a
 * cursor stable: a page never repeats or skips a flow, even while other documents are loaded.
 * {@code flow(id)}: one stored statement, for a view that holds its id without its details.
 */
@Controller
public class FlowsController {

    public static final int MAX_FIRST = 500;

    private final FlowQueries queries;

    public FlowsController(FlowQueries queries) {
        this.queries = queries;
    }

    public record FlowFilter(String legalBasis, String kind, String municipality, String recipient, String method,
            Boolean includeSuperseded) {
    }

    public record FlowConnection(List<FlowEdge> edges, PageInfo pageInfo) {
    }

    public record FlowEdge(String cursor, Flow node) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    @QueryMapping
    public Object flows(@Argument FlowFilter filter, @Argument Integer first, @Argument String after) {
        int limit = first == null ? 50 : first;
        if (limit < 1 || limit > MAX_FIRST) {
            return new InputError("INVALID_ARGUMENT", "first は 1 から " + MAX_FIRST + " の範囲で指定してください。", "first");
        }
        String afterId = "";
        if (after != null && !after.isBlank()) {
            try {
                afterId = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return new InputError("INVALID_CURSOR", "after のカーソルが正しくありません。", "after");
            }
        }
        FlowFilter f = filter == null ? new FlowFilter(null, null, null, null, null, false) : filter;
        List<Flow> rows = queries.page(f, afterId, limit + 1);
        boolean more = rows.size() > limit;
        List<FlowEdge> edges = rows.stream().limit(limit).map(s -> new FlowEdge(cursor(s.flowId()), s)).toList();
        return new FlowConnection(edges, new PageInfo(more, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
    }

    /** Null for an id that is not a stored statement's (not a Flow id, or unknown). */
    @QueryMapping
    public Flow flow(@Argument String id) {
        return NodeId.parse(id).filter(n -> n.kind() == NodeKind.FLOW).flatMap(n -> queries.flow(n.key())).orElse(null);
    }

    static String cursor(String flowId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(flowId.getBytes(StandardCharsets.UTF_8));
    }
}
