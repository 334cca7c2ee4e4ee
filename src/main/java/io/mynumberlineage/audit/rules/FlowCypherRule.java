package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.AuditContext;
import io.mynumberlineage.audit.AuditRule;
import io.mynumberlineage.audit.Evidence;
import io.mynumberlineage.audit.RuleHit;
import io.mynumberlineage.audit.Subject;
import io.mynumberlineage.graph.NodeKind;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * A rule whose subjects are Flow nodes found by one Cypher query. The query binds {@code f} to
 * the flow and returns its standard columns through {@link #RETURN_FLOW} plus a {@code detail}
 * text that goes into the message.
 */
abstract class FlowCypherRule implements AuditRule {

    /**
     * Only flows in force (an older version's flows carry a validTo) of the assessments the batch
     * audits: {@code $assessments} is set by {@link AuditContext#query}.
     */
    static final String CURRENT = "f.assessment IN $assessments AND f.validTo IS NULL";

    static final String RETURN_FLOW = """
            RETURN f.id AS id, f.municipality AS municipality, f.provDocument AS document,
                   f.provSection AS section, f.provLine AS line, f.provQuote AS quote, f.name AS flowName,
                   f.assessment AS assessment, coalesce(f.citations, []) AS writtenCitations""";

    abstract String cypher();

    Map<String, Object> parameters() {
        return Map.of();
    }

    abstract String message(Record row);

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        return context.query(cypher(), parameters()).stream().map(row -> flowHit(row, message(row))).toList();
    }

    /** A hit on the flow of a row with the {@link #RETURN_FLOW} columns. */
    static RuleHit flowHit(Record row, String message) {
        String id = row.get("id").asString();
        Evidence evidence = new Evidence(row.get("document").asString(null), row.get("section").asString(null),
                row.get("line").isNull() ? null : row.get("line").asInt(), row.get("quote").asString(null));
        return new RuleHit(id, List.of(new Subject(NodeKind.FLOW, id)), message, evidence,
                row.get("municipality").asString(null), row.get("assessment").asString());
    }

    /** 「（評価書の記載: …）」: the flow's own citation cell, so a finding shows what the document says. */
    static String asWritten(Record row) {
        List<String> written = row.get("writtenCitations").isNull() ? List.of()
                : row.get("writtenCitations").asList(v -> v.asString());
        return written.isEmpty() ? "" : "（評価書の記載: " + String.join(" ／ ", written) + "）";
    }

    static String text(Record row, String column) {
        return row.get(column).isNull() ? "" : row.get(column).asString();
    }
}
