package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.InputError;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id)} and {@code search(text, kinds, first)}. */
@Controller
public class SearchController {

    static final int MAX_FIRST = 200;
    static final int MAX_TEXT = 200;

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('name_fulltext', $query) YIELD node, score
            WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
            RETURN node, score
            ORDER BY score DESC, node.name
            LIMIT $first
            """;

    private final GraphReader reader;

    public SearchController(GraphReader reader) {
        this.reader = reader;
    }

    public record SearchHits(List<SearchHit> hits) {
    }

    public record SearchHit(GraphNode node, double score) {
    }

    @QueryMapping
    public Object search(@Argument String text, @Argument List<NodeKind> kinds, @Argument Integer first) {
        int limit = first == null ? 20 : first;
        if (limit < 1 || limit > MAX_FIRST) {
            return new InputError("INVALID_ARGUMENT", "first は 1 から " + MAX_FIRST + " の範囲で指定してください。", "first");
        }
        if (text.length() > MAX_TEXT) {
            return new InputError("INVALID_ARGUMENT", "検索語は " + MAX_TEXT + " 文字以内で指定してください。", "text");
        }
        String query = FulltextQuery.of(text);
        if (query.isEmpty()) {
            return new SearchHits(List.of());
        }
        List<String> labels = kinds == null ? List.of() : kinds.stream().map(NodeKind::label).toList();
        var hits = reader.list(SEARCH, Map.of("query", query, "labels", labels, "first", limit),
                r -> {
                    var node = GraphNode.of(r.get("node").asNode());
                    return node == null ? null : new SearchHit(node, r.get("score").asDouble());
                });
        return new SearchHits(hits.stream().filter(Objects::nonNull).toList());
    }

    @QueryMapping
    public GraphNode node(@Argument String id) {
        return NodeId.parse(id)
                .map(nodeId -> reader.list(nodeId.kind().lookupQuery(), Map.of("key", nodeId.key()),
                        r -> GraphNode.of(r.get("n").asNode())))
                .flatMap(found -> found.stream().findFirst())
                .orElse(null);
    }
}
