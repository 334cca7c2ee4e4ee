package io.mynumberlineage.graph;

import io.mynumberlineage.graph.GraphDocument.FlowRow;
import io.mynumberlineage.manifest.DataItems;
import io.mynumberlineage.manifest.Manifest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes manifests into the graph, one write transaction per document: either the whole document
 * is in the store or none of it. Every statement is parameterised and UNWINDs a batch of rows.
 *
 * <p>The document is written by one statement made of unit subqueries (organisations, departments,
 * process, assessment, systems, legal bases, files, flows …), so a document costs a handful of
 * round trips, not one per kind of row: on a busy machine each round trip, not the work, was what
 * the benchmark measured.
 *
 * <p>Idempotent: nodes are MERGEd on their stable keys, so loading the same document again changes
 * nothing. A version new to the store takes a faster path that CREATEs its flows (their ids contain
 * the version, so they cannot exist yet). After each load the versions of the assessment are
 * re-chained by date: each newer version SUPERSEDES the one before, and the older version's flows
 * get a {@code validTo}, so traces "as of" a date see the version then in force while history stays
 * queryable.
 */
@Component
public class ManifestLoader {

    private static final TransactionConfig WRITE = TransactionConfig.builder().withTimeout(Duration.ofMinutes(5)).build();

    /** The (sender, recipient) kinds the mapper produces; each gets a fixed block of the statement. */
    private static final List<NodeKind[]> ENDS = List.of(
            new NodeKind[] {NodeKind.FILE, NodeKind.ORGANIZATION},
            new NodeKind[] {NodeKind.FILE, NodeKind.DEPARTMENT},
            new NodeKind[] {NodeKind.FILE, NodeKind.SYSTEM},
            new NodeKind[] {NodeKind.FILE, NodeKind.CONTRACTOR},
            new NodeKind[] {NodeKind.ORGANIZATION, NodeKind.FILE},
            new NodeKind[] {NodeKind.DEPARTMENT, NodeKind.FILE},
            new NodeKind[] {NodeKind.SYSTEM, NodeKind.FILE});

    /** The node kinds a route hop can join (see RoutePlanner); each pair gets a fixed block. */
    private static final List<NodeKind> ROUTE_ENDS = List.of(NodeKind.FILE, NodeKind.SYSTEM, NodeKind.ORGANIZATION,
            NodeKind.DEPARTMENT, NodeKind.CONTRACTOR);

    private static final String FRESH_STATEMENT = statement(true);
    private static final String RELOAD_STATEMENT = statement(false);

    /** Documents per bulk transaction: large enough to amortise the commit, small enough to retry. */
    public static final int BULK_BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(ManifestLoader.class);

    private final Driver driver;
    private final ManifestGraphMapper mapper;
    private final Supplier<BulkGraphWriter> bulk;
    private final LoadCheckpoint checkpoint;

    @Autowired
    public ManifestLoader(Driver driver, LegalBasisResolver resolver,
            ObjectProvider<EmbeddedDatabase> embedded, SchemaMigrations.SchemaVersion schema) {
        this(driver, resolver, () -> {
            EmbeddedDatabase database = embedded.getIfAvailable();
            return database == null ? null
                    : new BulkGraphWriter(database.dbms().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
        });
    }

    public ManifestLoader(Driver driver, LegalBasisResolver resolver) {
        this(driver, resolver, () -> null);
    }

    /** @param bulk the embedded bulk writer, or a supplier of null when the store is a server */
    public ManifestLoader(Driver driver, LegalBasisResolver resolver, Supplier<BulkGraphWriter> bulk) {
        this(driver, resolver, bulk, LoadCheckpoint.NONE);
    }

    ManifestLoader(Driver driver, LegalBasisResolver resolver, Supplier<BulkGraphWriter> bulk,
            LoadCheckpoint checkpoint) {
        this(driver, new ManifestGraphMapper(resolver), bulk, checkpoint);
    }

    private ManifestLoader(Driver driver, ManifestGraphMapper mapper, Supplier<BulkGraphWriter> bulk,
            LoadCheckpoint checkpoint) {
        this.driver = driver;
        this.mapper = mapper;
        this.bulk = bulk;
        this.checkpoint = checkpoint;
    }

    /** What one load did. {@code created} is false when this exact version was already stored. */
    public record LoadResult(String assessmentId, String assessmentKey, boolean created, int flows,
            List<String> versions) {
    }

    public LoadResult load(Manifest manifest) {
        return load(mapper.map(manifest));
    }

    private LoadResult load(GraphDocument document) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeWrite(tx -> write(tx, document), WRITE);
        }
    }

    /**
     * Loads many documents, results in input order. On the embedded store, versions new to the store
     * are written in bulk transactions of {@value #BULK_BATCH} documents; the rest, and every
     * document of a batch that failed, go through {@link #load(Manifest)} one by one, so a bad
     * document fails alone and each document is still all or nothing.
     */
    public List<LoadResult> loadAll(List<Manifest> manifests) {
        return loadAll(manifests, manifests.size() > 1);
    }

    private List<LoadResult> loadAll(List<Manifest> manifests, boolean inBulk) {
        List<GraphDocument> documents = manifests.stream().map(mapper::map).toList();
        BulkGraphWriter writer = inBulk ? bulk.get() : null;
        List<LoadResult> results = new ArrayList<>(documents.size());
        for (int from = 0; from < documents.size(); from += BULK_BATCH) {
            List<GraphDocument> batch = documents.subList(from, Math.min(documents.size(), from + BULK_BATCH));
            Set<String> written = writer == null ? Set.of() : writeInBulk(writer, batch);
            for (GraphDocument document : batch) {
                results.add(written.contains(document.assessmentId())
                        ? new LoadResult(document.assessmentId(), document.assessmentKey(), true,
                                document.flows().size(), List.of(document.assessmentId()))
                        : load(document));
            }
        }
        return results;
    }

    /**
     * Two tries: concurrent batches that both create the same shared node (a data item, a national
     * body) collide once at commit; on the second try the node exists.
     */
    private static Set<String> writeInBulk(BulkGraphWriter writer, List<GraphDocument> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.write(batch, WRITE.timeout().toMillis());
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    // Nothing of the batch was committed; the documents are loaded one by one instead.
                    log.info("一括書き込みを取り消し、{} 文書を 1 件ずつ取り込みます: {}", batch.size(), e.getMessage());
                    return Set.of();
                }
            }
        }
    }

    public ManifestGraphMapper mapper() {
        return mapper;
    }

    private static String flowBlock(NodeKind source, NodeKind target, boolean fresh) {
        String verb = fresh ? "CREATE" : "MERGE";
        // Labels and key names come from NodeKind, a fixed set; values are parameters.
        return "CALL () {\n"
                + "  UNWIND $" + parameterName(source, target) + " AS row\n"
                + "  MATCH (src:`" + source.label() + "` {`" + source.keyProperty() + "`: row.source})\n"
                + "  MATCH (dst:`" + target.label() + "` {`" + target.keyProperty() + "`: row.target})\n"
                + (fresh ? "  CREATE (f:Flow) SET f = row.properties\n"
                        : "  MERGE (f:Flow {id: row.id}) SET f += row.properties\n")
                + "  " + verb + " (src)-[:SENDS]->(f)\n"
                + "  " + verb + " (f)-[:TO]->(dst)\n"
                + (fresh ? "  CREATE (src)-[e:FLOWS_TO]->(dst) SET e = row.edge\n"
                        : "  MERGE (src)-[e:FLOWS_TO {flow: row.id}]->(dst) SET e += row.edge\n")
                + "}\n";
    }

    private static String parameterName(NodeKind source, NodeKind target) {
        return "flows_" + source.name() + "_" + target.name();
    }

    private static String routeParameterName(NodeKind source, NodeKind target) {
        return "route_" + source.name() + "_" + target.name();
    }

    /**
     * A new version's route hops are created; a reload MERGEs them on (flow, seq), which locks both
     * ends, so concurrent reloads of one version cannot write a hop twice.
     */
    private static String routeBlock(NodeKind source, NodeKind target, boolean fresh) {
        return "CALL () {\n"
                + "  UNWIND $" + routeParameterName(source, target) + " AS row\n"
                + "  MATCH (a:`" + source.label() + "` {`" + source.keyProperty() + "`: row.source})\n"
                + "  MATCH (b:`" + target.label() + "` {`" + target.keyProperty() + "`: row.target})\n"
                + (fresh ? "  CREATE (a)-[e:ROUTE]->(b) SET e = row.properties\n"
                        : "  MERGE (a)-[e:ROUTE {flow: row.properties.flow, seq: row.properties.seq}]->(b)"
                                + " SET e += row.properties\n")
                + "}\n";
    }

    private static String statement(boolean fresh) {
        String verb = fresh ? "CREATE" : "MERGE";
        StringBuilder cypher = new StringBuilder();
        if (!fresh) {
            // A re-extracted manifest of the same version may have dropped statements.
            cypher.append("""
                    CALL () {
                      MATCH (src)-[:SENDS]->(f:Flow {assessment: $version})-[:TO]->(dst)
                      WHERE NOT f.id IN $ids
                      OPTIONAL MATCH (src)-[e:FLOWS_TO {flow: f.id}]->(dst)
                      DELETE e
                      DETACH DELETE f
                    }
                    CALL () {
                      MATCH ()-[e:ROUTE {assessment: $version}]->()
                      WHERE NOT e.flow + '#' + toString(e.seq) IN $routeKeys
                      DELETE e
                    }
                    """);
        }
        cypher.append("""
                CALL () {
                  UNWIND $organizations AS row MERGE (o:Organization {id: row.id}) SET o += row
                }
                CALL () {
                  MATCH (m:Organization {id: $municipality})
                  UNWIND $departments AS row
                  MERGE (d:Department {id: row.id}) SET d += row
                  MERGE (d)-[:PART_OF]->(m)
                }
                CALL () {
                  MATCH (m:Organization {id: $municipality})
                  MERGE (p:Process {id: $process.id}) SET p += $process
                  WITH m, p
                  CALL (m, p) {
                    WITH m, p WHERE size($process.departments) = 0
                    MERGE (p)-[:CONDUCTED_BY]->(m)
                  }
                  UNWIND $process.departments AS departmentId
                  MATCH (d:Department {id: departmentId})
                  MERGE (p)-[:CONDUCTED_BY]->(d)
                }
                CALL () {
                  MATCH (m:Organization {id: $municipality})
                  MATCH (p:Process {id: $process.id})
                  MERGE (a:Assessment {id: $version})
                  ON CREATE SET a.loadedAt = timestamp()
                  SET a += $assessment
                  MERGE (a)-[:ASSESSES]->(p)
                  MERGE (a)-[:BY]->(m)
                }
                CALL () {
                  MATCH (a:Assessment {id: $version})
                  UNWIND $systems AS row
                  MERGE (s:System {id: row.id})
                  SET s += row,
                      s.formNames = CASE WHEN row.formName IN coalesce(s.formNames, []) THEN s.formNames
                                         ELSE coalesce(s.formNames, []) + row.formName END
                  MERGE (t:SystemType {name: row.type})
                  MERGE (s)-[:OF_TYPE]->(t)
                  MERGE (a)-[:USES]->(s)
                }
                CALL () {
                  UNWIND $connections AS row
                  MATCH (a:System {id: row.from}) MATCH (b:System {id: row.to})
                  MERGE (a)-[:CONNECTS_TO]->(b)
                }
                CALL () {
                  UNWIND $legalBases AS row
                  MERGE (lb:LegalBasis {key: row.key})
                  ON CREATE SET lb += row
                  ON MATCH SET lb.citation = coalesce(lb.citation, row.citation), lb.kind = coalesce(lb.kind, row.kind)
                }
                CALL () {
                  MATCH (p:Process {id: $process.id})
                  UNWIND coalesce($process.legalBases, []) AS key
                  MATCH (lb:LegalBasis {key: key})
                  MERGE (p)-[:BASED_ON]->(lb)
                }
                CALL () {
                  UNWIND $organizations AS row
                  WITH row WHERE row.definedBy IS NOT NULL
                  MATCH (o:Organization {id: row.id}) MATCH (lb:LegalBasis {key: row.definedBy})
                  MERGE (o)-[:DEFINED_BY]->(lb)
                }
                CALL () {
                  UNWIND $contractors AS row MERGE (c:Contractor {id: row.id}) SET c += row
                }
                CALL () {
                  MATCH (a:Assessment {id: $version}) MATCH (p:Process {id: $process.id})
                  UNWIND $files AS row
                  MERGE (f:PersonalInfoFile {id: row.id}) SET f += row
                  MERGE (p)-[:HOLDS]->(f)
                  MERGE (a)-[:COVERS]->(f)
                  WITH f, row
                  CALL (f, row) {
                    UNWIND row.systems AS systemId
                    MATCH (s:System {id: systemId})
                    MERGE (f)-[:STORED_IN]->(s)
                  }
                  UNWIND row.items AS item
                  MERGE (d:DataItem {name: item})
                  ON CREATE SET d.myNumber = item IN $myNumberItems
                  MERGE (f)-[:HAS_ITEM]->(d)
                }
                CALL () {
                  UNWIND $storage AS row
                  MATCH (f:PersonalInfoFile {id: row.file})-[st:STORED_IN]->(s:System {id: row.system})
                  SET st += row.props
                }
                """);
        for (NodeKind[] ends : ENDS) {
            cypher.append(flowBlock(ends[0], ends[1], fresh));
        }
        for (NodeKind source : ROUTE_ENDS) {
            for (NodeKind target : ROUTE_ENDS) {
                cypher.append(routeBlock(source, target, fresh));
            }
        }
        cypher.append("""
                CALL () {
                  MATCH (a:Assessment {id: $version})
                  UNWIND $flows AS row
                  MATCH (f:Flow {id: row.id})
                  %1$s (a)-[:DECLARES]->(f)
                  WITH f, row
                  CALL (f, row) {
                    UNWIND row.basis AS key
                    MATCH (lb:LegalBasis {key: key})
                    %1$s (f)-[:UNDER]->(lb)
                  }
                  CALL (f, row) {
                    UNWIND row.items AS item
                    MERGE (d:DataItem {name: item})
                    ON CREATE SET d.myNumber = item IN $myNumberItems
                    %1$s (f)-[:CARRIES]->(d)
                  }
                  CALL (f, row) {
                    UNWIND range(0, size(row.via) - 1) AS i
                    MATCH (s:System {id: row.via[i]})
                    %1$s (f)-[:VIA {order: i}]->(s)
                  }
                }
                MATCH (v:Assessment {key: $key})
                RETURN count(v) AS versions
                """.formatted(verb));
        return cypher.toString();
    }

    /**
     * Claims the version first: MERGE on the uniquely constrained id locks it, so a concurrent load
     * of the same document waits for this one to commit and then finds the version stored.
     */
    private static final String CLAIM = """
            MERGE (a:Assessment {id: $id})
            ON CREATE SET a.loadedAt = timestamp(), a.claimed = true
            WITH a, a.claimed IS NOT NULL AS fresh
            REMOVE a.claimed
            RETURN fresh
            """;

    private LoadResult write(TransactionContext tx, GraphDocument doc) {
        boolean fresh = tx.run(CLAIM, Map.of("id", doc.assessmentId())).single().get("fresh").asBoolean();
        if (!fresh && sameContent(tx, doc)) {
            // The same document again, perhaps under another file name: nothing to write.
            return new LoadResult(doc.assessmentId(), doc.assessmentKey(), false, doc.flows().size(),
                    rechain(tx, doc.assessmentKey()));
        }
        long versions = single(tx, fresh ? FRESH_STATEMENT : RELOAD_STATEMENT, parameters(doc));
        checkpoint.reached("document written, versions not yet chained");
        List<String> chain = versions == 1 && fresh ? only(tx, doc.assessmentId()) : rechain(tx, doc.assessmentKey());
        return new LoadResult(doc.assessmentId(), doc.assessmentKey(), fresh, doc.flows().size(), chain);
    }

    private static boolean sameContent(TransactionContext tx, GraphDocument doc) {
        return tx.run("MATCH (a:Assessment {id: $id}) RETURN a.contentSha = $contentSha AS same",
                Map.of("id", doc.assessmentId(), "contentSha", doc.assessment().get("contentSha")))
                .single().get("same").asBoolean(false);
    }

    /** The statement that writes a document; public for profiling (see bench/RESULTS.md). */
    public static String statementFor(boolean fresh) {
        return fresh ? FRESH_STATEMENT : RELOAD_STATEMENT;
    }

    /** The parameters of {@link #statementFor(boolean)} for one document. */
    /** The document's item names that are the 個人番号 itself ({@link DataItems}): the rule stays in Java. */
    private static List<String> myNumberItems(GraphDocument doc) {
        var names = new java.util.TreeSet<String>();
        for (Map<String, Object> file : doc.files()) {
            if (file.get("items") instanceof List<?> items) {
                items.forEach(i -> names.add(String.valueOf(i)));
            }
        }
        doc.flows().forEach(flow -> names.addAll(flow.items()));
        names.removeIf(name -> !DataItems.isMyNumber(name));
        return List.copyOf(names);
    }

    public static Map<String, Object> parameters(GraphDocument doc) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("version", doc.assessmentId());
        parameters.put("key", doc.assessmentKey());
        parameters.put("municipality", doc.municipality());
        parameters.put("ids", doc.flows().stream().map(FlowRow::id).toList());
        parameters.put("organizations", doc.organizations());
        parameters.put("departments", doc.departments());
        parameters.put("process", doc.process());
        parameters.put("assessment", doc.assessment());
        parameters.put("systems", doc.systems());
        parameters.put("connections", doc.connections());
        parameters.put("legalBases", doc.legalBases());
        parameters.put("contractors", doc.contractors());
        parameters.put("files", doc.files());
        parameters.put("myNumberItems", myNumberItems(doc));
        Map<String, List<Map<String, Object>>> byEnds = new LinkedHashMap<>();
        for (NodeKind[] ends : ENDS) {
            byEnds.put(parameterName(ends[0], ends[1]), new ArrayList<>());
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (FlowRow flow : doc.flows()) {
            var row = ManifestGraphMapper.props("id", flow.id(), "source", flow.sourceKey(), "target", flow.targetKey(),
                    "properties", flow.properties(), "edge", flow.edge(), "basis", flow.basis(), "items", flow.items(),
                    "via", flow.via());
            var group = byEnds.get(parameterName(flow.source(), flow.target()));
            if (group == null) {
                throw new IllegalStateException("no loader block for a flow from " + flow.source() + " to " + flow.target());
            }
            group.add(row);
            all.add(row);
        }
        parameters.putAll(byEnds);
        parameters.put("flows", all);
        parameters.put("storage", doc.storage());
        Map<String, List<Map<String, Object>>> routes = new LinkedHashMap<>();
        for (NodeKind source : ROUTE_ENDS) {
            for (NodeKind target : ROUTE_ENDS) {
                routes.put(routeParameterName(source, target), new ArrayList<>());
            }
        }
        parameters.put("routeKeys", doc.routes().stream()
                .map(h -> h.properties().get("flow") + "#" + h.properties().get("seq")).toList());
        for (GraphDocument.RouteHop hop : doc.routes()) {
            var group = routes.get(routeParameterName(hop.source(), hop.target()));
            if (group == null) {
                throw new IllegalStateException("no loader block for a route hop from " + hop.source() + " to " + hop.target());
            }
            group.add(Map.of("source", hop.sourceKey(), "target", hop.targetKey(), "properties", hop.properties()));
        }
        parameters.putAll(routes);
        return parameters;
    }

    /** The first version of an assessment: nothing to chain. */
    private static List<String> only(TransactionContext tx, String id) {
        run(tx, "MATCH (a:Assessment {id: $id}) SET a.current = true REMOVE a.validTo", Map.of("id", id));
        return List.of(id);
    }

    /**
     * Orders the versions of one assessment by date (then load order) and makes the chain of
     * SUPERSEDES and the validity of each version's flows agree with that order.
     */
    private List<String> rechain(TransactionContext tx, String assessmentKey) {
        var versions = tx.run("""
                MATCH (a:Assessment {key: $key})
                RETURN a.id AS id, a.validFrom AS validFrom, a.validTo AS validTo
                ORDER BY a.validFrom, a.loadedAt, a.id
                """, Map.of("key", assessmentKey)).list(r -> new String[] {
                r.get("id").asString(), r.get("validFrom").asString(null), r.get("validTo").asString(null)});
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            pairs.add(List.of(versions.get(i)[0], versions.get(i - 1)[0]));
        }
        run(tx, """
                MATCH (n:Assessment {key: $key})-[s:SUPERSEDES]->(o:Assessment)
                WHERE NOT [n.id, o.id] IN $pairs
                DELETE s
                """, Map.of("key", assessmentKey, "pairs", pairs));
        run(tx, """
                UNWIND $pairs AS pair
                MATCH (n:Assessment {id: pair[0]}) MATCH (o:Assessment {id: pair[1]})
                MERGE (n)-[:SUPERSEDES]->(o)
                """, Map.of("pairs", pairs));
        for (int i = 0; i < versions.size(); i++) {
            String[] version = versions.get(i);
            String validTo = i + 1 < versions.size() ? versions.get(i + 1)[1] : null;
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("id", version[0]);
            parameters.put("to", validTo);
            run(tx, "MATCH (a:Assessment {id: $id}) SET a.validTo = $to, a.current = $to IS NULL", parameters);
            if (!Objects.equals(validTo, version[2])) {
                run(tx, """
                        MATCH (a:Assessment {id: $id})-[:DECLARES]->(f:Flow)
                        SET f.validTo = $to
                        WITH f
                        MATCH (src)-[:SENDS]->(f)-[:TO]->(dst)
                        MATCH (src)-[e:FLOWS_TO {flow: f.id}]->(dst)
                        SET e.validTo = $to
                        """, parameters);
                run(tx, """
                        MATCH ()-[e:ROUTE {assessment: $id}]->()
                        SET e.validTo = $to
                        """, parameters);
            }
        }
        return versions.stream().map(v -> v[0]).toList();
    }

    /** Per-statement time, collected only when -Dlineage.loader.timing=true (for profiling the benchmark). */
    private static final Map<String, LongAdder> TIMINGS = new ConcurrentHashMap<>();
    private static final boolean TIMING = Boolean.getBoolean("lineage.loader.timing");

    public static Map<String, Long> timings() {
        Map<String, Long> copy = new TreeMap<>();
        TIMINGS.forEach((k, v) -> copy.put(k, v.sum() / 1_000_000));
        return copy;
    }

    private static long single(TransactionContext tx, String cypher, Map<String, Object> parameters) {
        long started = TIMING ? System.nanoTime() : 0;
        long value = tx.run(cypher, parameters).single().get(0).asLong();
        time(cypher, started);
        return value;
    }

    private static void run(TransactionContext tx, String cypher, Map<String, Object> parameters) {
        long started = TIMING ? System.nanoTime() : 0;
        tx.run(cypher, parameters).consume();
        time(cypher, started);
    }

    private static void time(String cypher, long started) {
        if (TIMING) {
            String key = cypher.strip().lines().limit(3).reduce((a, b) -> a + " " + b).orElse("");
            TIMINGS.computeIfAbsent(key.substring(0, Math.min(90, key.length())), k -> new LongAdder())
                    .add(System.nanoTime() - started);
        }
    }
}
