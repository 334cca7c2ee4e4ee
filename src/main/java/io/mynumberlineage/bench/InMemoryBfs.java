package io.mynumberlineage.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The trace as plain breadth-first search over int arrays (compressed sparse rows: the edges
 * leaving node v are {@code offsets[v]..offsets[v+1]}), with the edge filter evaluated per edge at
 * query time from the same attributes Neo4j reads. No database, no serialisation: the floor for
 * this question on this machine, and the reference the other engines are checked against.
 *
 * <p>Semantics follow TraceService: each node once at its shortest hop distance, hubs reached but
 * not expanded (unless it is the start, or its {@code id} equals the start's key, which is what
 * the service's expand set holds), and at most {@code budget} nodes, later ones counted as cut.
 * A statement stored as ROUTE hops is followed hop by hop: its first hop leaves from a node's first
 * visit, each further hop only from the node its previous hop reached, hub or not.
 */
public final class InMemoryBfs implements PeerEngine {

    public static final String NAME = "BFS (in-memory)";

    private final TraceGraph graph;
    private final int[] offsets;
    private final int[] targets;
    private final boolean[] storedIn;
    private final int[] validFrom;
    private final int[] validTo;
    private final byte[] myNumber;
    private final int[] itemsRef;
    private final String[][] items;
    private final int[] route;
    private final boolean[] routeStart;
    /** Per-query scratch, reused so a trace allocates only its answer. */
    private final int[] hopsOf;

    public InMemoryBfs(TraceGraph graph) {
        this.graph = graph;
        int n = graph.nodes();
        int m = graph.edges();
        offsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            offsets[graph.source()[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        targets = new int[m];
        storedIn = new boolean[m];
        validFrom = new int[m];
        validTo = new int[m];
        myNumber = new byte[m];
        itemsRef = new int[m];
        route = new int[m];
        routeStart = new boolean[m];
        for (int e = 0; e < m; e++) {
            int slot = fill[graph.source()[e]]++;
            targets[slot] = graph.target()[e];
            storedIn[slot] = graph.storedIn()[e];
            validFrom[slot] = graph.validFrom()[e];
            validTo[slot] = graph.validTo()[e];
            myNumber[slot] = graph.myNumber()[e];
            itemsRef[slot] = graph.itemsRef()[e];
            route[slot] = graph.route()[e];
            routeStart[slot] = graph.routeStart()[e];
        }
        items = graph.items().toArray(String[][]::new);
        hopsOf = new int[n];
        Arrays.fill(hopsOf, -1);
    }

    @Override
    public String name() {
        return NAME;
    }

    public int outDegree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** Not thread-safe: one trace at a time (it reuses its scratch array). */
    @Override
    public synchronized Reach trace(TraceQuery q) {
        String startKey = graph.key(q.start());
        boolean myNumberItem = "個人番号".equals(q.item());
        int[] order = new int[Math.min(graph.nodes(), q.budget())];
        int count = 0;
        boolean cut = false;
        order[count++] = q.start();
        hopsOf[q.start()] = 0;
        // A state is a node with how it was entered: at its first visit (free to take any edge and
        // begin routes, unless a hub), as the start (every edge), or along one statement's route
        // (only that route's next hop). Route states are met once each.
        long[] frontier = {state(q.start(), START)};
        int frontierSize = 1;
        Set<Long> routeStates = new HashSet<>();
        try {
            for (int depth = 1; depth <= q.maxHops() && frontierSize > 0; depth++) {
                long[] next = new long[Math.max(16, frontierSize * 2)];
                int nextSize = 0;
                for (int k = 0; k < frontierSize; k++) {
                    int v = (int) (frontier[k] >>> 32);
                    int via = (int) frontier[k];
                    boolean free = via == START
                            || via == FIRST_VISIT && !(graph.hub()[v] && !graph.idProperties()[v].equals(startKey));
                    for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                        boolean isRoute = route[e] != TraceGraph.NO_ROUTE;
                        boolean allowed = via == START
                                || (isRoute ? route[e] == via || free && routeStart[e] : free);
                        if (!allowed || !passes(e, q.asOf(), myNumberItem, q.item())) {
                            continue;
                        }
                        int w = targets[e];
                        if (hopsOf[w] < 0) {
                            if (count >= q.budget()) {
                                cut = true;
                                continue;
                            }
                            hopsOf[w] = depth;
                            order[count++] = w;
                            next = push(next, nextSize++, state(w, FIRST_VISIT));
                        }
                        if (isRoute && w != q.start() && routeStates.add(state(w, route[e]))) {
                            next = push(next, nextSize++, state(w, route[e]));
                        }
                    }
                }
                frontier = next;
                frontierSize = nextSize;
            }
            long[] pairs = new long[count];
            for (int k = 0; k < count; k++) {
                pairs[k] = Reach.pack(order[k], hopsOf[order[k]]);
            }
            Arrays.sort(pairs);
            return new Reach(pairs, cut);
        } finally {
            for (int k = 0; k < count; k++) {
                hopsOf[order[k]] = -1;
            }
        }
    }

    private static final int FIRST_VISIT = -1;
    private static final int START = -2;

    private static long state(int node, int via) {
        return (long) node << 32 | (via & 0xffffffffL);
    }

    private static long[] push(long[] into, int at, long value) {
        long[] out = at < into.length ? into : Arrays.copyOf(into, into.length * 2);
        out[at] = value;
        return out;
    }

    /**
     * The service's EDGE_FILTER with Cypher's null logic: an absent myNumber or items never passes
     * by itself; STORED_IN (no flow) always passes once valid.
     */
    private boolean passes(int e, int asOf, boolean myNumberItem, String item) {
        if (validFrom[e] > asOf || validTo[e] <= asOf) {
            return false;
        }
        if (storedIn[e] || (myNumberItem && myNumber[e] == TraceGraph.TRUE)) {
            return true;
        }
        if (itemsRef[e] == TraceGraph.NO_ITEMS) {
            return false;
        }
        for (String i : items[itemsRef[e]]) {
            if (i.equals(item)) {
                return true;
            }
        }
        return false;
    }
}
