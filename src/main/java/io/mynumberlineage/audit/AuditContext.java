package io.mynumberlineage.audit;

import io.mynumberlineage.graph.ManifestCodec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * What a rule may read in one batch: Cypher on the graph, and the manifests stored on the batch's
 * assessments for facts the graph does not hold as properties (risk ratings, 再委託 approval,
 * contacts). A rule sees only the assessment versions of its batch: every query gets them as
 * {@code $assessments}, and a rule must restrict what it reads to them, so that a batch stays
 * small whatever the size of the store.
 */
public final class AuditContext {

    private final TransactionContext tx;
    private final List<String> assessments;
    private List<StoredManifest> manifests;

    public AuditContext(TransactionContext tx, List<String> assessments) {
        this.tx = tx;
        this.assessments = List.copyOf(assessments);
    }

    /** The Assessment ids (current versions) this batch audits. */
    public List<String> assessments() {
        return assessments;
    }

    public List<Record> query(String cypher, Map<String, Object> parameters) {
        Map<String, Object> withScope = new HashMap<>(parameters);
        withScope.put("assessments", assessments);
        return tx.run(cypher, withScope).list();
    }

    /** Decoded lazily, once per batch: several rules need them. */
    public List<StoredManifest> manifests() {
        if (manifests == null) {
            manifests = query("""
                    MATCH (a:Assessment)-[:ASSESSES]->(p:Process)
                    WHERE a.id IN $assessments AND coalesce(a.current, true) AND a.manifest IS NOT NULL
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
