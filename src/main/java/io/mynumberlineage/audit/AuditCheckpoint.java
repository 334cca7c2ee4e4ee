package io.mynumberlineage.audit;

import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * The stored state of the full audit, one {@code (:__AuditCheckpoint {id: 'full'})} node: which run
 * is going on or finished last, with which rules, and how many of its batches are committed. Each
 * batch marks its assessments with the run id in its own transaction and advances the count here
 * in the same transaction, so after a crash the run resumes with exactly the assessments it had
 * not committed: none is audited twice, and no finding is stored twice (ids are stable anyway).
 * The label starts with {@code __} like neo4j-migrations' own nodes: bookkeeping, not lineage, so
 * the store checksum and the exports leave it out.
 */
final class AuditCheckpoint {

    static final String FULL = "full";

    /** What is stored; {@code running} false once the run finished. */
    record State(String run, boolean running, String rules, String startedAt, String finishedAt, long batchesDone) {
    }

    private AuditCheckpoint() {
    }

    static State read(Driver driver) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (c:`__AuditCheckpoint` {id: $id})
                    RETURN c.run AS run, c.status = 'running' AS running, c.rules AS rules, c.startedAt AS startedAt,
                           c.finishedAt AS finishedAt, coalesce(c.batchesDone, 0) AS batchesDone
                    """, Map.of("id", FULL)).list(r -> new State(r.get("run").asString(), r.get("running").asBoolean(),
                    r.get("rules").asString(null), r.get("startedAt").asString(null), r.get("finishedAt").asString(null),
                    r.get("batchesDone").asLong())).stream().findFirst().orElse(null));
        }
    }

    static void start(Driver driver, String run, String rules, String now) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MERGE (c:`__AuditCheckpoint` {id: $id})
                    SET c.run = $run, c.status = 'running', c.rules = $rules, c.startedAt = $now, c.finishedAt = null,
                        c.batchesDone = 0
                    """, Map.of("id", FULL, "run", run, "rules", rules, "now", now)).consume());
        }
    }

    /** In the batch's own transaction, so the count and the batch commit together. */
    static void batchCommitted(TransactionContext tx, String run, String municipality) {
        tx.run("""
                MATCH (c:`__AuditCheckpoint` {id: $id, run: $run})
                SET c.batchesDone = coalesce(c.batchesDone, 0) + 1, c.lastMunicipality = $municipality
                """, Map.of("id", FULL, "run", run, "municipality", municipality)).consume();
    }

    static void finish(Driver driver, String run, String now, int findings) {
        Map<String, Object> parameters = new HashMap<>(Map.of("id", FULL, "run", run, "now", now, "findings", findings));
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MATCH (c:`__AuditCheckpoint` {id: $id, run: $run})
                    SET c.status = 'finished', c.finishedAt = $now, c.findings = $findings
                    """, parameters).consume());
        }
    }
}
