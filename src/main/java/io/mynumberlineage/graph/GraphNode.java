package io.mynumberlineage.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.types.Node;

/** A node as the API shows it: global id, kind, display name and its properties as text. */
public record GraphNode(String id, NodeKind kind, String name, List<Property> properties) {

    public record Property(String key, String value) {
    }

    /** Null when the node carries none of the model's labels (it is then not part of the API). */
    public static GraphNode of(Node node) {
        return of(node.labels(), node.asMap());
    }

    /** A node read some other way than through the driver: lists as {@link List}s, as the driver gives them. */
    public static GraphNode of(Iterable<String> labels, Map<String, Object> stored) {
        var kind = NodeKind.ofLabels(labels).orElse(null);
        if (kind == null) {
            return null;
        }
        Map<String, Object> values = new TreeMap<>(stored);
        String key = String.valueOf(values.get(kind.keyProperty()));
        Object name = values.getOrDefault("name", key);
        List<Property> properties = new ArrayList<>();
        // Binary values (the stored manifest copy) are not for display.
        values.forEach((k, v) -> {
            if (!(v instanceof byte[])) {
                properties.add(new Property(k, render(v)));
            }
        });
        return new GraphNode(new NodeId(kind, key).toString(), kind, String.valueOf(name), properties);
    }

    private static String render(Object value) {
        if (value instanceof List<?> list) {
            return String.join(" / ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
