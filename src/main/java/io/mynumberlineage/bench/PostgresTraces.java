package io.mynumberlineage.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The trace in PostgreSQL: the {@link TraceGraph} COPYed into a node and a flow table (the filter
 * attributes kept as Neo4j stores them, ISO dates as text in byte order), indexes on both flow
 * endpoints, and one {@code WITH RECURSIVE} query per trace.
 *
 * <p>A recursive CTE only sees the rows of the previous step, so it cannot skip nodes met at an
 * earlier level the way a BFS does. Tracking paths (the CYCLE clause) would enumerate paths and
 * explode; instead each row is (node, hops) and UNION drops duplicates, so one level holds each
 * node at most once and the hop bound ends the recursion even on cycles. A node met again at a
 * later level is expanded again (bounded by maxHops times the BFS work); the answer takes its
 * minimum hops, which is the BFS distance. Statements stored as ROUTE hops are followed as
 * {@link InMemoryBfs} follows them (see {@link #TRACE}).
 */
public final class PostgresTraces implements PeerEngine, AutoCloseable {

    public static final String NAME = "PostgreSQL (WITH RECURSIVE)";

    /**
     * Rows are states (node, hops, expand, via): {@code via} is -2 for the start (every edge), -1
     * for a node's visit (any edge, and the first hop of a route, when {@code expand}), or the
     * statement whose route reached the node (only that route's next hop). Each hop yields the
     * visit row and, for a ROUTE hop, the route row. A visit row met again later only repeats what
     * the earlier one reached, so the minimum hops stay the BFS distance.
     */
    static final String TRACE = """
            WITH RECURSIVE walk(node, hops, expand, via) AS (
              SELECT ?::int, 0, true, -2
              UNION
              SELECT f.dst, w.hops + 1, s.expand, s.via
              FROM walk w JOIN flow f ON f.src = w.node
                CROSS JOIN LATERAL (VALUES (NOT f.dst_hub OR f.dst = ANY(?::int[]), -1), (false, f.route)) AS s(expand, via)
              WHERE w.hops < ?
                AND (s.via = -1 OR f.route >= 0)
                AND (w.via = -2
                     OR f.route >= 0 AND (f.route = w.via OR w.via = -1 AND w.expand AND f.route_start)
                     OR f.route < 0 AND w.via = -1 AND w.expand)
                AND (f.valid_from IS NULL OR f.valid_from <= ?) AND (f.valid_to IS NULL OR f.valid_to > ?)
                AND (f.stored_in OR (f.my_number AND ? = '個人番号') OR ? = ANY(f.items))
            )
            SELECT node, min(hops) AS hops FROM walk GROUP BY node""";

    private final TraceGraph graph;
    private final Connection connection;
    private final PreparedStatement trace;
    /** Hubs by their {@code id}: a start expands the hubs whose id is its key (as the service does). */
    private final Map<String, List<Integer>> hubsById = new HashMap<>();

    private PostgresTraces(TraceGraph graph, Connection connection) throws SQLException {
        this.graph = graph;
        this.connection = connection;
        this.trace = connection.prepareStatement(TRACE);
        for (int v = 0; v < graph.nodes(); v++) {
            if (graph.hub()[v]) {
                hubsById.computeIfAbsent(graph.idProperties()[v], k -> new ArrayList<>()).add(v);
            }
        }
    }

    /** Creates the tables, COPYs the graph in, indexes and analyses it. */
    public static PostgresTraces load(TraceGraph graph, Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE UNLOGGED TABLE node (id int PRIMARY KEY, api_id text NOT NULL, hub boolean NOT NULL, id_prop text NOT NULL)");
            ddl.execute("""
                    CREATE UNLOGGED TABLE flow (src int NOT NULL, dst int NOT NULL, dst_hub boolean NOT NULL,
                      stored_in boolean NOT NULL, valid_from text COLLATE "C", valid_to text COLLATE "C",
                      my_number boolean, items text[], route int NOT NULL, route_start boolean NOT NULL)""");
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (var rows = new CopyRows(copy.copyIn("COPY node FROM STDIN"))) {
            for (int v = 0; v < graph.nodes(); v++) {
                rows.field(Integer.toString(v)).field(graph.apiIds()[v]).field(bool(graph.hub()[v]))
                        .field(graph.idProperties()[v]).end();
            }
        }
        try (var rows = new CopyRows(copy.copyIn("COPY flow FROM STDIN"))) {
            for (int e = 0; e < graph.edges(); e++) {
                int from = graph.validFrom()[e];
                int to = graph.validTo()[e];
                byte myNumber = graph.myNumber()[e];
                int items = graph.itemsRef()[e];
                rows.field(Integer.toString(graph.source()[e])).field(Integer.toString(graph.target()[e]))
                        .field(bool(graph.hub()[graph.target()[e]])).field(bool(graph.storedIn()[e]))
                        .field(from == TraceGraph.OPEN_FROM ? null : TraceGraph.isoDate(from))
                        .field(to == TraceGraph.OPEN_TO ? null : TraceGraph.isoDate(to))
                        .field(myNumber == TraceGraph.NULL ? null : bool(myNumber == TraceGraph.TRUE))
                        .field(items == TraceGraph.NO_ITEMS ? null : arrayLiteral(graph.items().get(items)))
                        .field(Integer.toString(graph.route()[e])).field(bool(graph.routeStart()[e])).end();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE INDEX flow_src ON flow (src)");
            ddl.execute("CREATE INDEX flow_dst ON flow (dst)");
            // Rows of one source side by side: a hop reads a few pages, not one page per edge.
            ddl.execute("CLUSTER flow USING flow_src");
            ddl.execute("ANALYZE node");
            ddl.execute("ANALYZE flow");
        }
        return new PostgresTraces(graph, connection);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reach trace(TraceQuery q) throws SQLException {
        List<Integer> expanded = new ArrayList<>(List.of(q.start()));
        expanded.addAll(hubsById.getOrDefault(graph.key(q.start()), List.of()));
        String asOf = q.asOfIso();
        trace.setInt(1, q.start());
        trace.setArray(2, connection.createArrayOf("integer", expanded.toArray()));
        trace.setInt(3, q.maxHops());
        trace.setString(4, asOf);
        trace.setString(5, asOf);
        trace.setString(6, q.item());
        trace.setString(7, q.item());
        Map<Integer, Integer> hops = new HashMap<>();
        try (var rows = trace.executeQuery()) {
            while (rows.next()) {
                hops.put(rows.getInt(1), rows.getInt(2));
            }
        }
        // The same cut as the service's budget: more nodes than it keeps.
        return Reach.of(hops, hops.size() > q.budget());
    }

    @Override
    public void close() throws SQLException {
        trace.close();
    }

    private static String bool(boolean value) {
        return value ? "t" : "f";
    }

    /** An array literal with every element quoted, so commas, braces and spaces inside names are kept. */
    static String arrayLiteral(String[] values) {
        var text = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return text.append('}').toString();
    }

    /** COPY text format, written in chunks so a national graph never sits in memory as one string. */
    private static final class CopyRows implements AutoCloseable {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder();
        private boolean first = true;

        CopyRows(CopyIn copy) {
            this.copy = copy;
        }

        CopyRows field(String value) {
            if (!first) {
                buffer.append('\t');
            }
            first = false;
            if (value == null) {
                buffer.append("\\N");
            } else {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(c);
                    }
                }
            }
            return this;
        }

        void end() throws SQLException {
            buffer.append('\n');
            first = true;
            if (buffer.length() > 1 << 20) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
        }
    }
}
