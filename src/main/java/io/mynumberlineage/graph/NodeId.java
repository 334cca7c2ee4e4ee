package io.mynumberlineage.graph;

import java.util.Optional;

/** Global node id {@code Label:key}, e.g. {@code LegalBasis:番号法/19/8/別表2/27}. */
public record NodeId(NodeKind kind, String key) {

    public static Optional<NodeId> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        int colon = id.indexOf(':');
        if (colon <= 0 || colon == id.length() - 1) {
            return Optional.empty();
        }
        return NodeKind.ofLabel(id.substring(0, colon)).map(kind -> new NodeId(kind, id.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return kind.label() + ":" + key;
    }
}
