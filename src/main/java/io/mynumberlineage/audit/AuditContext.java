package io.mynumberlineage.audit;

import io.mynumberlineage.graph.ManifestCodec;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * What a rule may read: Cypher on the graph, and the manifests stored on the current assessments
 * for facts the graph does not hold as properties (risk ratings, 再委託 approval, contacts).
 */
public final class AuditContext {

    private final TransactionContext tx;
    private List<StoredManifest> manifests;

    public AuditContext(TransactionContext tx) {
        this.tx = tx;
    }

    public List<Record> query(String cypher, Map<String, Object> parameters) {
        return tx.run(cypher, parameters).list();
    }

    /** Decoded lazily, once per run: several rules need them. */
    public List<StoredManifest> manifests() {
        if (manifests == null) {
            manifests = query("""
                    MATCH (a:Assessment)-[:ASSESSES]->(p:Process)
                    WHERE coalesce(a.current, true) AND a.manifest IS NOT NULL
                    RETURN a.id AS id, a.municipality AS municipality, p.id AS process, a.manifest AS manifest
                    ORDER BY a.id
                    """, Map.of()).stream()
                    .map(r -> new StoredManifest(r.get("id").asString(), r.get("municipality").asString(null),
                            r.get("process").asString(), ManifestCodec.gunzip(r.get("manifest").asByteArray())))
                    .toList();
        }
        return manifests;
    }
}
