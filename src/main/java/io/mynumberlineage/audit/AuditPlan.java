package io.mynumberlineage.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Which batches a run consists of: the current assessment versions it must audit, grouped by
 * municipality in name order and cut into batches of at most {@link #MAX_ASSESSMENTS}.
 */
final class AuditPlan {

    /** A municipality has about 30 事務; a ministry may have hundreds, which are then cut. */
    static final int MAX_ASSESSMENTS = 40;

    private AuditPlan() {
    }

    /** Every current version not yet audited by run {@code runId} (all of them for a new run). */
    static List<AuditBatch> notAuditedBy(Driver driver, String runId, int maxAssessments) {
        return batches(driver, """
                MATCH (a:Assessment) WHERE coalesce(a.current, true)
                  AND (a.auditRun IS NULL OR a.auditRun <> $run)
                RETURN coalesce(a.municipality, '') AS municipality, a.id AS id
                ORDER BY municipality, id
                """, Map.of("run", runId), maxAssessments);
    }

    /**
     * Current versions whose findings are not those of their content under these rules: loaded
     * (or reloaded with other content) since their last audit, never audited, or audited by
     * another set of rules.
     */
    static List<AuditBatch> stale(Driver driver, String rules, int maxAssessments) {
        return batches(driver, """
                MATCH (a:Assessment) WHERE coalesce(a.current, true)
                  AND (a.auditedRules IS NULL OR a.auditedRules <> $rules
                       OR a.auditedContent IS NULL OR a.auditedContent <> coalesce(a.contentSha, ''))
                RETURN coalesce(a.municipality, '') AS municipality, a.id AS id
                ORDER BY municipality, id
                """, Map.of("rules", rules), maxAssessments);
    }

    /** The current versions of these municipalities. */
    static List<AuditBatch> ofMunicipalities(Driver driver, List<String> municipalities, int maxAssessments) {
        return batches(driver, """
                UNWIND $municipalities AS m
                MATCH (a:Assessment {municipality: m}) WHERE coalesce(a.current, true)
                RETURN m AS municipality, a.id AS id
                ORDER BY municipality, id
                """, Map.of("municipalities", municipalities), maxAssessments);
    }

    /** The municipalities of these assessment versions (what an import touched). */
    static List<String> municipalitiesOf(Driver driver, List<String> assessments) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> tx.run("""
                    UNWIND $ids AS id
                    MATCH (a:Assessment {id: id})
                    RETURN DISTINCT a.municipality AS municipality ORDER BY municipality
                    """, Map.of("ids", assessments)).list(r -> r.get("municipality").asString(null)))
                    .stream().filter(Objects::nonNull).toList();
        }
    }

    private static List<AuditBatch> batches(Driver driver, String cypher, Map<String, Object> parameters,
            int maxAssessments) {
        List<String[]> rows;
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            rows = session.executeRead(tx -> tx.run(cypher, parameters).list(r -> new String[] {
                    r.get("municipality").asString(), r.get("id").asString()}));
        }
        return group(rows, maxAssessments);
    }

    /** Rows ordered by municipality; a batch never mixes two municipalities. */
    static List<AuditBatch> group(List<String[]> rows, int maxAssessments) {
        List<AuditBatch> batches = new ArrayList<>();
        String municipality = null;
        List<String> ids = new ArrayList<>();
        for (String[] row : rows) {
            if (!ids.isEmpty() && (!row[0].equals(municipality) || ids.size() >= maxAssessments)) {
                batches.add(new AuditBatch(municipality, ids));
                ids = new ArrayList<>();
            }
            municipality = row[0];
            ids.add(row[1]);
        }
        if (!ids.isEmpty()) {
            batches.add(new AuditBatch(municipality, ids));
        }
        return batches;
    }
}
