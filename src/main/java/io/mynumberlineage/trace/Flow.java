package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.types.Node;

/**
 * One flow statement as the API shows it, wherever it shows one: the statement a trace hop belongs
 * to ({@code TraceEdge.flow}), a page of {@code flows}, {@code flow(id)} and a version diff. The
 * record's components are the GraphQL type {@code Flow}'s fields (its {@code basisLabels} come from
 * the one label formatter, {@link BasisLabelFields}), and {@link #of} is the one mapping from what
 * the store keeps: adding a field is the schema, a component here and its line in {@link #of}.
 *
 * @param assessment the version's global id ({@code Assessment:…})
 * @param source where the statement's data comes from; null unless asked for (a trace reads it only then)
 * @param recipient where it goes; null unless asked for
 * @param recordCount the 件数 the form gives, as written
 * @param counterpart the source or recipient as the form writes it
 */
public record Flow(String id, String flowId, String kind, String name, String municipality, String assessment,
        GraphNode source, GraphNode recipient, List<String> methods, List<String> via, List<String> legalBasis,
        List<String> beppyoItems, List<String> citations, List<String> basisHints, List<String> unresolvedCitations,
        List<String> items, boolean myNumber, String purpose, String frequency, String recordCount, String counterpart,
        String validFrom, String validTo, FlowProvenance provenance) {

    /** Where the statement stands in its source document. */
    public record FlowProvenance(String document, String sectionPath, Integer line, String quote) {

        /** Null when the statement records no place in a document. */
        static FlowProvenance of(Map<String, ?> stored) {
            if (stored.get("provSection") == null && stored.get("provQuote") == null) {
                return null;
            }
            return new FlowProvenance(text(stored.get("provDocument")), text(stored.get("provSection")),
                    stored.get("provLine") instanceof Number line ? line.intValue() : null, text(stored.get("provQuote")));
        }
    }

    /**
     * The one mapping. {@code stored} is the statement as the store keeps it: the Flow node's
     * properties, or, for the document's own 使用 / 連携 statements that have no Flow node, the
     * properties of their one hop (same keys). An empty map gives the statement's bare identity,
     * for a trace whose selection reads nothing more.
     */
    public static Flow of(String flowId, Map<String, ?> stored, GraphNode source, GraphNode recipient) {
        Object assessment = stored.get("assessment");
        return new Flow("Flow:" + flowId, flowId, text(stored.get("kind")), text(stored.get("name")),
                text(stored.get("municipality")), assessment == null ? null : "Assessment:" + assessment, source, recipient,
                strings(stored.get("methods")), strings(stored.get("via")), strings(stored.get("basis")),
                strings(stored.get("beppyoItems")), strings(stored.get("citations")), strings(stored.get("basisHints")),
                strings(stored.get("unresolvedCitations")), strings(stored.get("items")),
                Boolean.TRUE.equals(stored.get("myNumber")), text(stored.get("purpose")), text(stored.get("frequency")),
                text(stored.get("recordCount")), text(stored.get("counterpart")), text(stored.get("validFrom")),
                text(stored.get("validTo")), FlowProvenance.of(stored));
    }

    /** A Flow node read over the driver, with its two ends. */
    public static Flow of(Node flow, Node source, Node recipient) {
        return of(flow.get("id").asString(), flow.asMap(), GraphNode.of(source), GraphNode.of(recipient));
    }

    /** A list property as read off a node or relationship map; absent is empty. */
    static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
