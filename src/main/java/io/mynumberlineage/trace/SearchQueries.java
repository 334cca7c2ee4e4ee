package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.trace.SearchController.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** The name index and node lookups behind {@code search} and {@code node}. */
@Component
public class SearchQueries {

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

    public SearchQueries(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * The best {@code limit} hits of the kinds asked, best first; hits of equal score in name order
     * (which of many equal hits make the page is the index's choice). With kinds, windows of the
     * ranking are read until enough hits of those kinds are found or the ranking ends.
     */
    public List<SearchHit> hits(String query, List<String> labels, int limit) {
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

    public Optional<GraphNode> node(NodeId id) {
        return reader.list(id.kind().lookupQuery(), Map.of("key", id.key()), r -> GraphNode.of(r.get("n").asNode()))
                .stream().findFirst();
    }
}
