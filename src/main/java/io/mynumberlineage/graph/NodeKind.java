package io.mynumberlineage.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * The node labels of the graph model with the property that keys each of them. The GraphQL id of a
 * node is {@code Label:key}; labels are only ever taken from this enum, never from input, so
 * Cypher that needs a label can be chosen from a fixed set.
 */
public enum NodeKind {
    ORGANIZATION("Organization", "id"),
    DEPARTMENT("Department", "id"),
    PROCESS("Process", "id"),
    ASSESSMENT("Assessment", "id"),
    SYSTEM("System", "id"),
    SYSTEM_TYPE("SystemType", "name"),
    FILE("PersonalInfoFile", "id"),
    DATA_ITEM("DataItem", "name"),
    LEGAL_BASIS("LegalBasis", "key"),
    CONTRACTOR("Contractor", "id"),
    FLOW("Flow", "id"),
    FINDING("Finding", "id");

    private final String label;
    private final String keyProperty;

    NodeKind(String label, String keyProperty) {
        this.label = label;
        this.keyProperty = keyProperty;
    }

    public String label() {
        return label;
    }

    public String keyProperty() {
        return keyProperty;
    }

    /** Finds one node of this kind by key; the key is the parameter {@code $key}. */
    public String lookupQuery() {
        return "MATCH (n:`" + label + "` {`" + keyProperty + "`: $key}) RETURN n";
    }

    /** Counts the nodes of this kind from the label store. */
    public String countQuery() {
        return "MATCH (n:`" + label + "`) RETURN count(n) AS c";
    }

    public static Optional<NodeKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    /** The first label of the model a node carries; nodes may carry extra labels. */
    public static Optional<NodeKind> ofLabels(Iterable<String> labels) {
        for (String label : labels) {
            var kind = ofLabel(label);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }
}
