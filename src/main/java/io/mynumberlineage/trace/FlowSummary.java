package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** One flow as the API shows it: the reified Flow node with its two ends and its provenance. */
public record FlowSummary(String id, String flowId, String kind, String name, String municipality, String assessment,
        GraphNode source, GraphNode recipient, List<String> methods, List<String> via, List<String> legalBasis,
        List<String> beppyoItems, List<String> citations, List<String> unresolvedCitations, List<String> items,
        boolean myNumber, String purpose, String frequency, String validFrom, String validTo,
        FlowProvenance provenance, List<String> basisHints) {

    /** Where the statement stands in its source document. */
    public record FlowProvenance(String document, String sectionPath, Integer line, String quote) {

        static FlowProvenance of(Node flow) {
            return of(flow.asMap());
        }

        /** From the Flow node's properties; null when it records no place in a document. */
        static FlowProvenance of(Map<String, Object> flow) {
            if (flow.get("provSection") == null && flow.get("provQuote") == null) {
                return null;
            }
            return new FlowProvenance((String) flow.get("provDocument"), (String) flow.get("provSection"),
                    flow.get("provLine") instanceof Number line ? line.intValue() : null, (String) flow.get("provQuote"));
        }
    }

    public static FlowSummary of(Node flow, Node source, Node recipient) {
        String flowId = flow.get("id").asString();
        return new FlowSummary("Flow:" + flowId, flowId, text(flow.get("kind")), text(flow.get("name")),
                text(flow.get("municipality")), "Assessment:" + text(flow.get("assessment")),
                GraphNode.of(source), GraphNode.of(recipient), strings(flow.get("methods")), strings(flow.get("via")),
                strings(flow.get("basis")), strings(flow.get("beppyoItems")), strings(flow.get("citations")),
                strings(flow.get("unresolvedCitations")), strings(flow.get("items")),
                flow.get("myNumber").asBoolean(false), text(flow.get("purpose")), text(flow.get("frequency")),
                text(flow.get("validFrom")), text(flow.get("validTo")), FlowProvenance.of(flow),
                strings(flow.get("basisHints")));
    }

    static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** A list property as read off a node or relationship map; absent is empty. */
    static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
