package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.AuditContext;
import io.mynumberlineage.audit.AuditRule;
import io.mynumberlineage.audit.RuleHit;
import io.mynumberlineage.audit.Severity;
import io.mynumberlineage.law.CitationParser;
import io.mynumberlineage.law.LegalBasisRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A citation written in a form the law had already left behind on the document's date, e.g.
 * 「第19条第8号 別表第二」 in a document published after the 2024 amendment moved that table into
 * a 主務省令. The basis may still exist under its new number, but the document cites the old text.
 */
@Component
public class OutdatedCitationRule implements AuditRule {

    private final CitationParser parser;

    public OutdatedCitationRule(CitationParser parser) {
        this.parser = parser;
    }

    @Override
    public String id() {
        return "OUTDATED_CITATION_FORM";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public String title() {
        return "改正後も旧い書き方の根拠条文";
    }

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        List<RuleHit> hits = new ArrayList<>();
        for (var row : context.query("""
                MATCH (f:Flow)
                WHERE f.assessment IN $assessments AND f.validTo IS NULL AND size(coalesce(f.citations, [])) > 0
                  AND f.validFrom IS NOT NULL AND f.validFrom > '0001-01-01'
                """ + FlowCypherRule.RETURN_FLOW + ", f.citations AS citations, f.validFrom AS validFrom ORDER BY id",
                Map.of())) {
            LocalDate dated = LocalDate.parse(row.get("validFrom").asString());
            String municipality = row.get("municipality").asString(null);
            Set<String> outdated = new LinkedHashSet<>();
            for (String citation : row.get("citations").asList(v -> v.asString())) {
                for (LegalBasisRef ref : parser.parse(citation, municipality, dated).bases()) {
                    if (ref.era() != null && ref.era().validTo() != null && dated.isAfter(ref.era().validTo())) {
                        outdated.add("「" + ref.era().writtenForm() + "」は" + ref.era().validTo() + "までの書き方");
                    }
                }
            }
            if (!outdated.isEmpty()) {
                hits.add(FlowCypherRule.flowHit(row, "文書の日付（" + dated + "）には改正済みの書き方で根拠が引用されています（"
                        + String.join("、", outdated) + "）。現行の条項で書き直す必要があります。" + FlowCypherRule.asWritten(row)));
            }
        }
        return hits;
    }
}
