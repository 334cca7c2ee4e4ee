package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.InputError;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id)} and {@code search(text, kinds, first)}. */
@Controller
public class SearchController {

    public static final int MAX_FIRST = 200;
    public static final int MAX_TEXT = 200;

    /**
     * One window of the index's own ranking. Lucene stops at the window, so a common word such as
     * 住基, which names thousands of nodes on a national graph, costs only the hits shown; ordering
     * every hit in Cypher first cost seconds there (bench/RESULTS.md).
     */
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('name_fulltext', $query, {skip: $skip, limit: $window}) YIELD node, score
            RETURN node, score, labels(node) AS labels
            """;

    /** Hits read per window when kinds filter them, so a rare kind needs few windows. */
    private static final int FILTERED_WINDOW = 500;

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
        return new SearchHits(hits(query, labels, limit));
    }

    /**
     * The best {@code limit} hits of the kinds asked, best first; hits of equal score in name order
     * (which of many equal hits make the page is the index's choice). With kinds, windows of the
     * ranking are read until enough hits of those kinds are found or the ranking ends.
     */
    private List<SearchHit> hits(String query, List<String> labels, int limit) {
        int window = labels.isEmpty() ? limit : FILTERED_WINDOW;
        List<SearchHit> hits = new ArrayList<>();
        for (int skip = 0; hits.size() < limit; skip += window) {
            var rows = reader.list(SEARCH, Map.of("query", query, "skip", skip, "window", window), r -> r);
            for (var r : rows) {
                var node = GraphNode.of(r.get("node").asNode());
                if (node != null && hits.size() < limit
                        && (labels.isEmpty() || r.get("labels").asList(Value::asString).stream().anyMatch(labels::contains))) {
                    hits.add(new SearchHit(node, r.get("score").asDouble()));
                }
            }
            if (rows.size() < window) {
                break;
            }
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(h -> h.node().name(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return hits;
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
