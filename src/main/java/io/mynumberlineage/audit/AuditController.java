package io.mynumberlineage.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code findings(filter)}, {@code auditRules} and the {@code runAudit} mutation. */
@Controller
public class AuditController {

    static final int MAX_FIRST = 1000;

    private final FindingQueries queries;
    private final AuditRunner runner;

    public AuditController(FindingQueries queries, AuditRunner runner) {
        this.queries = queries;
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
        return queries.findings(filter, date, limit);
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
}
