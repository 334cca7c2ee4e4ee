package io.mynumberlineage.graph;

import io.mynumberlineage.graph.GraphDocument.FlowRow;
import io.mynumberlineage.manifest.Manifest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Writes manifests into the graph, one write transaction per document: either the whole document
 * is in the store or none of it. Every statement is parameterised and UNWINDs a batch of rows.
 *
 * <p>Idempotent: nodes are MERGEd on their stable keys, so loading the same document again changes
 * nothing. A document whose version is new to the store takes a faster path that CREATEs its flows
 * (their ids contain the version, so they cannot exist yet). After each load the versions of the
 * assessment are re-chained by date: each newer version SUPERSEDES the one before, and the older
 * version's flows get a {@code validTo}, so traces "as of" a date see the version then in force
 * while history stays queryable.
 */
@Component
public class ManifestLoader {

    private static final TransactionConfig WRITE = TransactionConfig.builder().withTimeout(Duration.ofMinutes(5)).build();

    private final Driver driver;
    private final ManifestGraphMapper mapper;

    @Autowired
    public ManifestLoader(Driver driver, ObjectProvider<LegalBasisResolver> resolvers,
            SchemaMigrations.SchemaVersion schema) {
        this(driver, resolvers.getIfUnique(FallbackLegalBasisResolver::new));
    }

    public ManifestLoader(Driver driver, LegalBasisResolver resolver) {
        this.driver = driver;
        this.mapper = new ManifestGraphMapper(resolver);
    }

    /** What one load did. {@code created} is false when this exact version was already stored. */
    public record LoadResult(String assessmentId, String assessmentKey, boolean created, int flows,
            List<String> versions) {
    }

    public LoadResult load(Manifest manifest) {
        GraphDocument document = mapper.map(manifest);
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeWrite(tx -> write(tx, document), WRITE);
        }
    }

    public ManifestGraphMapper mapper() {
        return mapper;
    }

    private LoadResult write(TransactionContext tx, GraphDocument doc) {
        boolean fresh = tx.run("MATCH (a:Assessment {id: $id}) RETURN count(a) AS c", Map.of("id", doc.assessmentId()))
                .single().get("c").asLong() == 0;
        Map<String, Object> base = new HashMap<>();
        base.put("version", doc.assessmentId());
        base.put("municipality", doc.municipality());
        if (!fresh) {
            run(tx, """
                    MATCH (src)-[:SENDS]->(f:Flow {assessment: $version})-[:TO]->(dst)
                    WHERE NOT f.id IN $ids
                    OPTIONAL MATCH (src)-[e:FLOWS_TO {flow: f.id}]->(dst)
                    DELETE e
                    DETACH DELETE f
                    """, with(base, "ids", doc.flows().stream().map(FlowRow::id).toList()));
        }
        run(tx, "UNWIND $rows AS row MERGE (o:Organization {id: row.id}) SET o += row",
                with(base, "rows", doc.organizations()));
        run(tx, """
                MATCH (m:Organization {id: $municipality})
                UNWIND $rows AS row
                MERGE (d:Department {id: row.id}) SET d += row
                MERGE (d)-[:PART_OF]->(m)
                """, with(base, "rows", doc.departments()));
        run(tx, """
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
                """, with(base, "process", doc.process()));
        run(tx, """
                MATCH (m:Organization {id: $municipality})
                MATCH (p:Process {id: $processId})
                MERGE (a:Assessment {id: $version})
                ON CREATE SET a.loadedAt = timestamp()
                SET a += $assessment
                MERGE (a)-[:ASSESSES]->(p)
                MERGE (a)-[:BY]->(m)
                """, with(with(base, "assessment", doc.assessment()), "processId", doc.process().get("id")));
        run(tx, """
                MATCH (a:Assessment {id: $version})
                UNWIND $rows AS row
                MERGE (s:System {id: row.id})
                SET s += row,
                    s.formNames = CASE WHEN row.formName IN coalesce(s.formNames, []) THEN s.formNames
                                       ELSE coalesce(s.formNames, []) + row.formName END
                MERGE (t:SystemType {name: row.type})
                MERGE (s)-[:OF_TYPE]->(t)
                MERGE (a)-[:USES]->(s)
                """, with(base, "rows", doc.systems()));
        run(tx, """
                UNWIND $rows AS row
                MATCH (a:System {id: row.from}) MATCH (b:System {id: row.to})
                MERGE (a)-[:CONNECTS_TO]->(b)
                """, with(base, "rows", doc.connections()));
        run(tx, """
                UNWIND $rows AS row
                MERGE (lb:LegalBasis {key: row.key})
                ON CREATE SET lb += row
                ON MATCH SET lb.citation = coalesce(lb.citation, row.citation), lb.kind = coalesce(lb.kind, row.kind)
                """, with(base, "rows", doc.legalBases()));
        run(tx, """
                UNWIND $rows AS row
                WITH row WHERE row.definedBy IS NOT NULL
                MATCH (o:Organization {id: row.id}) MATCH (lb:LegalBasis {key: row.definedBy})
                MERGE (o)-[:DEFINED_BY]->(lb)
                """, with(base, "rows", doc.organizations()));
        run(tx, "UNWIND $rows AS row MERGE (c:Contractor {id: row.id}) SET c += row",
                with(base, "rows", doc.contractors()));
        run(tx, """
                MATCH (a:Assessment {id: $version}) MATCH (p:Process {id: $processId})
                UNWIND $rows AS row
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
                ON CREATE SET d.myNumber = item STARTS WITH '個人番号' AND NOT item CONTAINS '対応符号'
                MERGE (f)-[:HAS_ITEM]->(d)
                """, with(with(base, "rows", doc.files()), "processId", doc.process().get("id")));
        writeFlows(tx, doc, base, fresh);
        List<String> versions = rechain(tx, doc.assessmentKey());
        return new LoadResult(doc.assessmentId(), doc.assessmentKey(), fresh, doc.flows().size(), versions);
    }

    private void writeFlows(TransactionContext tx, GraphDocument doc, Map<String, Object> base, boolean fresh) {
        Map<String, List<Map<String, Object>>> byEnds = new LinkedHashMap<>();
        List<Map<String, Object>> all = new ArrayList<>();
        for (FlowRow flow : doc.flows()) {
            var row = ManifestGraphMapper.props("id", flow.id(), "source", flow.sourceKey(), "target", flow.targetKey(),
                    "properties", flow.properties(), "edge", flow.edge(), "basis", flow.basis(), "items", flow.items(),
                    "via", flow.via());
            byEnds.computeIfAbsent(flow.source().name() + ">" + flow.target().name(), k -> new ArrayList<>()).add(row);
            all.add(row);
        }
        String verb = fresh ? "CREATE" : "MERGE";
        for (var group : byEnds.entrySet()) {
            String[] ends = group.getKey().split(">");
            NodeKind source = NodeKind.valueOf(ends[0]);
            NodeKind target = NodeKind.valueOf(ends[1]);
            // Labels and key names come from NodeKind, a fixed set; values are parameters.
            String flowNode = fresh ? "CREATE (f:Flow) SET f = row.properties"
                    : "MERGE (f:Flow {id: row.id}) SET f += row.properties";
            run(tx, "UNWIND $rows AS row\n"
                    + "MATCH (src:`" + source.label() + "` {`" + source.keyProperty() + "`: row.source})\n"
                    + "MATCH (dst:`" + target.label() + "` {`" + target.keyProperty() + "`: row.target})\n"
                    + flowNode + "\n"
                    + verb + " (src)-[:SENDS]->(f)\n"
                    + verb + " (f)-[:TO]->(dst)\n"
                    + (fresh ? "CREATE (src)-[e:FLOWS_TO]->(dst) SET e = row.edge\n"
                            : "MERGE (src)-[e:FLOWS_TO {flow: row.id}]->(dst) SET e += row.edge\n"),
                    with(base, "rows", group.getValue()));
        }
        run(tx, """
                MATCH (a:Assessment {id: $version})
                UNWIND $rows AS row
                MATCH (f:Flow {id: row.id})
                %s (a)-[:DECLARES]->(f)
                """.formatted(verb), with(base, "rows", all));
        run(tx, """
                UNWIND $rows AS row
                MATCH (f:Flow {id: row.id})
                UNWIND row.basis AS key
                MATCH (lb:LegalBasis {key: key})
                %s (f)-[:UNDER]->(lb)
                """.formatted(verb), with(base, "rows", all));
        run(tx, """
                UNWIND $rows AS row
                MATCH (f:Flow {id: row.id})
                UNWIND row.items AS item
                MERGE (d:DataItem {name: item})
                ON CREATE SET d.myNumber = item STARTS WITH '個人番号' AND NOT item CONTAINS '対応符号'
                %s (f)-[:CARRIES]->(d)
                """.formatted(verb), with(base, "rows", all));
        run(tx, """
                UNWIND $rows AS row
                MATCH (f:Flow {id: row.id})
                UNWIND range(0, size(row.via) - 1) AS i
                MATCH (s:System {id: row.via[i]})
                %s (f)-[:VIA {order: i}]->(s)
                """.formatted(verb), with(base, "rows", all));
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
            }
        }
        return versions.stream().map(v -> v[0]).toList();
    }

    private static void run(TransactionContext tx, String cypher, Map<String, Object> parameters) {
        tx.run(cypher, parameters).consume();
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> parameters = new HashMap<>(base);
        parameters.put(key, value);
        return parameters;
    }
}
