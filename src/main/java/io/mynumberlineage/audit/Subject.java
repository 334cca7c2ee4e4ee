package io.mynumberlineage.audit;

import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;

/** A node a finding is about; its GraphQL id is {@code Label:key}. */
public record Subject(NodeKind kind, String key) {

    public String id() {
        return new NodeId(kind, key).toString();
    }
}
