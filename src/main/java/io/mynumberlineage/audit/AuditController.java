package io.mynumberlineage.audit;

import io.mynumberlineage.graph.GraphReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code findings(filter)}, {@code auditRules} and the {@code runAudit} mutation. */
@Controller
public class AuditController {

    static final int MAX_FIRST = 1000;

    private final GraphReader reader;
    private final AuditRunner runner;

    public AuditController(GraphReader reader, AuditRunner runner) {
        this.reader = reader;
        this.runner = runner;
    }

    public record FindingFilter(List<Severity> severity, List<String> rule, String municipality, String subject) {
    }

    public record FindingView(String id, String rule, String title, Severity severity, String message,
            String municipality, List<String> subjectIds, Evidence evidence, String checkedAt, String assessment,
            String validFrom, String validTo, boolean current) {
    }

    public record AuditRuleInfo(String id, String title, Severity severity) {
    }

    @QueryMapping
    public List<FindingView> findings(@Argument FindingFilter filter, @Argument Integer first, @Argument String asOf) {
        String date = date(asOf);
        int limit = Math.max(1, Math.min(MAX_FIRST, first == null ? 200 : first));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("severity", filter == null || filter.severity() == null ? null
                : filter.severity().stream().map(Enum::name).toList());
        parameters.put("rule", filter == null ? null : filter.rule());
        parameters.put("municipality", filter == null ? null : filter.municipality());
        parameters.put("subject", filter == null ? null : filter.subject());
        parameters.put("first", limit);
        parameters.put("asOf", date);
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
                """, parameters, AuditController::view);
    }

    @QueryMapping
    public List<AuditRuleInfo> auditRules() {
        return runner.rules().stream().map(r -> new AuditRuleInfo(r.id(), r.title(), r.severity())).toList();
    }

    @MutationMapping
    public AuditRun runAudit(@Argument String municipality) {
        return municipality == null || municipality.isBlank() ? runner.runAll()
                : runner.runFor(List.of(municipality.strip()), AuditProgress.NONE);
    }

    /** The day whose versions in force are shown, or null for the current versions. */
    private static String date(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new AuditArgumentErrors.InvalidAuditArgument("asOf は YYYY-MM-DD 形式の日付で指定してください。");
        }
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
