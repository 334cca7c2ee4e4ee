package io.mynumberlineage.audit;

import io.mynumberlineage.audit.AuditController.FindingFilter;
import io.mynumberlineage.audit.AuditController.FindingView;
import io.mynumberlineage.graph.GraphReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Stored findings by severity, rule, municipality, subject and the versions in force on a date. */
@Component
public class FindingQueries {

    private final GraphReader reader;

    public FindingQueries(GraphReader reader) {
        this.reader = reader;
    }

    /** @param asOf an ISO date, or null for the findings of the current versions */
    public List<FindingView> findings(FindingFilter filter, String asOf, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("severity", filter == null || filter.severity() == null ? null
                : filter.severity().stream().map(Enum::name).toList());
        parameters.put("rule", filter == null ? null : filter.rule());
        parameters.put("municipality", filter == null ? null : filter.municipality());
        parameters.put("subject", filter == null ? null : filter.subject());
        parameters.put("first", limit);
        parameters.put("asOf", asOf);
        // With a municipality the index on Finding.municipality is the start: a national store holds millions.
        String match = filter != null && filter.municipality() != null
                ? "MATCH (x:Finding {municipality: $municipality})\n" : "MATCH (x:Finding)\n";
        return reader.list(match + """
                WHERE ($severity IS NULL OR x.severity IN $severity)
                  AND ($rule IS NULL OR x.rule IN $rule)
                  AND ($municipality IS NULL OR x.municipality = $municipality)
                  AND ($subject IS NULL OR $subject IN x.subjectIds)
                  AND CASE WHEN $asOf IS NULL THEN coalesce(x.current, true)
                      ELSE coalesce(x.validFrom, '') <= $asOf AND (x.validTo IS NULL OR x.validTo > $asOf) END
                RETURN x
                ORDER BY CASE x.severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, x.rule, x.id
                LIMIT $first
                """, parameters, FindingQueries::view);
    }

    static FindingView view(Record record) {
        var x = record.get("x").asNode();
        return new FindingView(x.get("id").asString(), x.get("rule").asString(), x.get("title").asString(""),
                Severity.valueOf(x.get("severity").asString()), x.get("message").asString(""),
                x.get("municipality").asString(null), x.get("subjectIds").asList(v -> v.asString(), List.of()),
                new Evidence(x.get("document").asString(null), x.get("sectionPath").asString(null),
                        x.get("line").isNull() ? null : x.get("line").asInt(), x.get("quote").asString(null)),
                x.get("checkedAt").asString(null), x.get("assessment").asString(null), x.get("validFrom").asString(null),
                x.get("validTo").asString(null), x.get("current").asBoolean(true));
    }
}
