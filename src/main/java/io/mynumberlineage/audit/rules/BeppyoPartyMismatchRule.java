package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.AuditContext;
import io.mynumberlineage.audit.AuditRule;
import io.mynumberlineage.audit.RuleHit;
import io.mynumberlineage.audit.Severity;
import io.mynumberlineage.law.CatalogEntry;
import io.mynumberlineage.law.LegalBasisCatalog;
import io.mynumberlineage.law.CitationParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A 提供 under a 別表第二 (or its 2024 主務省令) item whose 情報照会者 is not the recipient, or whose
 * 情報提供者 list does not include the kind of body that is providing (a 市町村長 for a city).
 */
@Component
public class BeppyoPartyMismatchRule implements AuditRule {

    private final LegalBasisCatalog catalog;
    private final CitationParser parser;

    public BeppyoPartyMismatchRule(LegalBasisCatalog catalog, CitationParser parser) {
        this.catalog = catalog;
        this.parser = parser;
    }

    @Override
    public String id() {
        return "BEPPYO_PARTY_MISMATCH";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public String title() {
        return "別表の項の照会者・提供者と流れの当事者が合わない";
    }

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        List<RuleHit> hits = new ArrayList<>();
        for (var row : context.query("""
                MATCH (f:Flow {kind: '提供'})-[:UNDER]->(lb:LegalBasis)
                USING INDEX f:Flow(assessment)
                WHERE f.assessment IN $assessments AND f.validTo IS NULL AND (lb.key CONTAINS '/別表2/' OR lb.key CONTAINS '/主務省令2表/')
                WITH f, collect(lb.key) AS keys
                """ + FlowCypherRule.RETURN_FLOW + ", keys, f.counterpart AS recipient, f.citations AS citations, f.validFrom AS validFrom ORDER BY id", Map.of())) {
            String recipient = FlowCypherRule.text(row, "recipient");
            String municipality = row.get("municipality").asString(null);
            List<String> problems = new ArrayList<>();
            for (String key : itemKeys(row, municipality)) {
                CatalogEntry entry = catalog.find(key).orElse(null);
                if (entry == null || !entry.known()) {
                    continue;
                }
                if (entry.actor() != null && !recipient.isBlank() && !isRole(recipient)
                        && !PartyNames.overlap(recipient, entry.actor())) {
                    problems.add(io.mynumberlineage.graph.LegalBasisLabel.of(key) + " の情報照会者は「" + entry.actor() + "」");
                }
                String ownRole = ownRole(municipality);
                if (ownRole != null && !entry.providers().isEmpty()
                        && entry.providers().stream().noneMatch(p -> PartyNames.overlap(p.provider(), ownRole))) {
                    problems.add(io.mynumberlineage.graph.LegalBasisLabel.of(key) + " の情報提供者に" + ownRole + "が含まれない");
                }
            }
            if (!problems.isEmpty()) {
                hits.add(FlowCypherRule.flowHit(row, "提供「" + FlowCypherRule.text(row, "flowName") + "」の根拠が当事者と合いません（"
                        + String.join("、", problems) + "）。" + FlowCypherRule.asWritten(row)));
            }
        }
        return hits;
    }

    /**
     * The 別表 items the citations name, read again with the parser so that a 2024 主務省令 item is
     * mapped to its 別表第二 item through the renumbering concordance; the stored keys when the
     * citations name no item (the form listed the items elsewhere).
     */
    private List<String> itemKeys(org.neo4j.driver.Record row, String municipality) {
        String date = row.get("validFrom").asString(null);
        LocalDate asOf = date == null || date.startsWith("0001") ? null : LocalDate.parse(date);
        List<String> keys = new ArrayList<>();
        for (String citation : row.get("citations").asList(v -> v.asString(), List.<String>of())) {
            parser.parse(citation, municipality, asOf).bases().stream()
                    .filter(b -> b.tableItem() != null && ("別表2".equals(b.table()) || "主務省令2表".equals(b.table())))
                    .map(b -> b.key()).forEach(keys::add);
        }
        return keys.isEmpty() ? row.get("keys").asList(v -> v.asString()) : keys.stream().distinct().toList();
    }

    /** 「番号法別表第2に定める情報照会者」: the form points at the table itself, nothing to compare. */
    private static boolean isRole(String recipient) {
        return recipient.contains("別表") || recipient.contains("主務省令");
    }

    /** The provider a municipality is in the tables; null when the body is not a municipality. */
    static String ownRole(String municipality) {
        if (municipality == null) {
            return null;
        }
        if (municipality.endsWith("都") || municipality.endsWith("道") || municipality.endsWith("府")
                || municipality.endsWith("県")) {
            return "都道府県知事";
        }
        if (municipality.endsWith("市") || municipality.endsWith("町") || municipality.endsWith("村")
                || municipality.endsWith("区")) {
            return "市町村長";
        }
        return null;
    }
}
