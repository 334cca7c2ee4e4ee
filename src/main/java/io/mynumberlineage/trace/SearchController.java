package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.InputError;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id)} and {@code search(text, kinds, first)}. */
@Controller
public class SearchController {

    public static final int MAX_FIRST = 200;
    public static final int MAX_TEXT = 200;

    private final SearchQueries queries;

    public SearchController(SearchQueries queries) {
        this.queries = queries;
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
        return new SearchHits(queries.hits(query, labels, limit));
    }

    @QueryMapping
    public GraphNode node(@Argument String id) {
        return NodeId.parse(id).flatMap(queries::node).orElse(null);
    }
}
