package io.mynumberlineage.bench;

import io.mynumberlineage.graph.NodeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The part of the Neo4j store a trace walks, copied out once so every peer engine answers on
 * literally the same graph: nodes that have a FLOWS_TO or STORED_IN relationship, and those
 * relationships with the attributes the trace filter reads. Nodes are numbered 0..n-1; edges keep
 * the store's attributes unfiltered (the filter is applied at query time, as Neo4j does).
 *
 * <p>A statement that goes through systems is stored as its ROUTE hops and its FLOWS_TO shortcut
 * marked {@code routed}; the copy keeps the hops (with their flow, numbered, and whether the hop
 * begins the route) and leaves the shortcut out, as the trace does.
 *
 * <p>Dates become yyyymmdd ints: the store holds ISO strings, whose string order equals this
 * numeric order; anything else fails the copy rather than being compared differently.
 *
 * @param elementIds Neo4j element id per node
 * @param apiIds the GraphQL id ({@code Label:key}) per node, as GraphNode builds it
 * @param idProperties the raw {@code id} property ("" when absent): TraceService compares it with
 *        the start's key to decide whether a hub is expanded
 * @param items distinct item lists; edges point into this table
 * @param route the statement a ROUTE hop belongs to, numbered; {@link #NO_ROUTE} for other edges
 * @param routeStart whether the ROUTE hop is its statement's first ({@code seq = 0})
 */
public record TraceGraph(String[] elementIds, String[] apiIds, String[] idProperties, boolean[] hub,
        int[] source, int[] target, boolean[] storedIn, int[] validFrom, int[] validTo, byte[] myNumber,
        int[] itemsRef, List<String[]> items, int[] route, boolean[] routeStart) {

    /** No lower / upper validity bound (property absent). */
    public static final int OPEN_FROM = Integer.MIN_VALUE;
    public static final int OPEN_TO = Integer.MAX_VALUE;
    /** Three-valued myNumber, as Cypher sees it. */
    public static final byte FALSE = 0, TRUE = 1, NULL = 2;
    /** The edge has no items property. */
    public static final int NO_ITEMS = -1;
    /** The edge is not a ROUTE hop. */
    public static final int NO_ROUTE = -1;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public int nodes() {
        return elementIds.length;
    }

    public int edges() {
        return source.length;
    }

    public static int date(String iso) {
        if (!ISO_DATE.matcher(iso).matches()) {
            throw new IllegalStateException("not an ISO date on a trace edge: " + iso);
        }
        return Integer.parseInt(iso.substring(0, 4)) * 10_000 + Integer.parseInt(iso.substring(5, 7)) * 100
                + Integer.parseInt(iso.substring(8, 10));
    }

    public static String isoDate(int date) {
        return String.format("%04d-%02d-%02d", date / 10_000, date / 100 % 100, date % 100);
    }

    /** The start's key as the service's expand set holds it: the part of the GraphQL id after the label. */
    public String key(int node) {
        String api = apiIds[node];
        return api.substring(api.indexOf(':') + 1);
    }

    /** Element id → node number. */
    public Map<String, Integer> byElementId() {
        Map<String, Integer> index = new HashMap<>(elementIds.length * 2);
        for (int i = 0; i < elementIds.length; i++) {
            index.put(elementIds[i], i);
        }
        return index;
    }

    /** GraphQL id → node number; fails when two nodes would share one (the comparison needs them unique). */
    public Map<String, Integer> byApiId() {
        Map<String, Integer> index = new HashMap<>(apiIds.length * 2);
        for (int i = 0; i < apiIds.length; i++) {
            if (index.put(apiIds[i], i) != null) {
                throw new IllegalStateException("two trace nodes share the id " + apiIds[i]);
            }
        }
        return index;
    }

    /** Copies the traced part of the store; two streamed reads. */
    public static TraceGraph read(Driver driver) {
        List<String> elementIds = new ArrayList<>();
        List<String> apiIds = new ArrayList<>();
        List<String> idProperties = new ArrayList<>();
        List<Boolean> hubs = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        try (var session = driver.session()) {
            var nodes = session.run("""
                    MATCH (n) WHERE EXISTS { (n)-[:FLOWS_TO|STORED_IN|ROUTE]-() }
                    RETURN elementId(n) AS e, labels(n) AS labels, properties(n) AS p""");
            while (nodes.hasNext()) {
                var row = nodes.next();
                String element = row.get("e").asString();
                Value p = row.get("p");
                var kind = NodeKind.ofLabels(row.get("labels").asList(Value::asString));
                // The same id GraphNode.of gives: Label:key, or the element id for a node outside the model.
                String api = kind.map(k -> k.label() + ":" + p.get(k.keyProperty()).asObject()).orElse(element);
                index.put(element, elementIds.size());
                elementIds.add(element);
                apiIds.add(api);
                idProperties.add(p.get("id").isNull() ? "" : p.get("id").asObject().toString());
                hubs.add(p.get("hub").asBoolean(false));
            }
            int[] source = new int[1024];
            int[] target = new int[1024];
            boolean[] storedIn = new boolean[1024];
            int[] from = new int[1024];
            int[] to = new int[1024];
            byte[] myNumber = new byte[1024];
            int[] itemsRef = new int[1024];
            int[] route = new int[1024];
            boolean[] routeStart = new boolean[1024];
            List<String[]> items = new ArrayList<>();
            Map<List<String>, Integer> itemIndex = new HashMap<>();
            Map<String, Integer> routeIndex = new HashMap<>();
            int m = 0;
            var edges = session.run("""
                    MATCH (a)-[r:FLOWS_TO|STORED_IN|ROUTE]->(b) WHERE NOT coalesce(r.routed, false)
                    RETURN elementId(a) AS a, elementId(b) AS b, r.flow IS NULL AS storedIn,
                           CASE WHEN type(r) = 'ROUTE' THEN r.flow END AS route, r.seq = 0 AS routeStart,
                           r.validFrom AS validFrom, r.validTo AS validTo, r.myNumber AS myNumber, r.items AS items""");
            while (edges.hasNext()) {
                var row = edges.next();
                if (m == source.length) {
                    int size = m * 2;
                    source = java.util.Arrays.copyOf(source, size);
                    target = java.util.Arrays.copyOf(target, size);
                    storedIn = java.util.Arrays.copyOf(storedIn, size);
                    from = java.util.Arrays.copyOf(from, size);
                    to = java.util.Arrays.copyOf(to, size);
                    myNumber = java.util.Arrays.copyOf(myNumber, size);
                    itemsRef = java.util.Arrays.copyOf(itemsRef, size);
                    route = java.util.Arrays.copyOf(route, size);
                    routeStart = java.util.Arrays.copyOf(routeStart, size);
                }
                source[m] = index.get(row.get("a").asString());
                target[m] = index.get(row.get("b").asString());
                storedIn[m] = row.get("storedIn").asBoolean();
                route[m] = row.get("route").isNull() ? NO_ROUTE
                        : routeIndex.computeIfAbsent(row.get("route").asString(), k -> routeIndex.size());
                routeStart[m] = route[m] != NO_ROUTE && row.get("routeStart").asBoolean(false);
                from[m] = row.get("validFrom").isNull() ? OPEN_FROM : date(row.get("validFrom").asString());
                to[m] = row.get("validTo").isNull() ? OPEN_TO : date(row.get("validTo").asString());
                myNumber[m] = row.get("myNumber").isNull() ? NULL : row.get("myNumber").asBoolean() ? TRUE : FALSE;
                if (row.get("items").isNull()) {
                    itemsRef[m] = NO_ITEMS;
                } else {
                    List<String> list = row.get("items").asList(Value::asString);
                    itemsRef[m] = itemIndex.computeIfAbsent(list, l -> {
                        items.add(l.toArray(String[]::new));
                        return items.size() - 1;
                    });
                }
                m++;
            }
            boolean[] hub = new boolean[hubs.size()];
            for (int i = 0; i < hub.length; i++) {
                hub[i] = hubs.get(i);
            }
            return new TraceGraph(elementIds.toArray(String[]::new), apiIds.toArray(String[]::new),
                    idProperties.toArray(String[]::new), hub, java.util.Arrays.copyOf(source, m),
                    java.util.Arrays.copyOf(target, m), java.util.Arrays.copyOf(storedIn, m),
                    java.util.Arrays.copyOf(from, m), java.util.Arrays.copyOf(to, m),
                    java.util.Arrays.copyOf(myNumber, m), java.util.Arrays.copyOf(itemsRef, m), List.copyOf(items),
                    java.util.Arrays.copyOf(route, m), java.util.Arrays.copyOf(routeStart, m));
        }
    }
}
