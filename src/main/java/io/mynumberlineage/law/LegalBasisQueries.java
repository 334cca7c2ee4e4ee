package io.mynumberlineage.law;

import io.mynumberlineage.law.LegalBasisPayloads.ErrorCode;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisEra;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisError;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisFilter;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisParse;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisSummary;
import io.mynumberlineage.law.LegalBasisPayloads.ParsedLegalBasis;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** The logic behind the law GraphQL queries, free of GraphQL and Neo4j so it can be unit-tested. */
@Service
public class LegalBasisQueries {

    /** Upper bound of {@code first}; the catalog is a few hundred rows. */
    public static final int MAX_FIRST = 1000;

    private final CitationParser parser;
    private final LegalBasisCatalog catalog;
    private final FlowCountSource flows;

    public LegalBasisQueries(CitationParser parser, LegalBasisCatalog catalog, FlowCountSource flows) {
        this.parser = parser;
        this.catalog = catalog;
        this.flows = flows;
    }

    /** Parses {@code citation} and explains every basis; problems come back as a typed error. */
    public LegalBasisParse explain(String citation, String municipality, String asOf) {
        String input = citation == null ? "" : citation;
        if (input.isBlank()) {
            return new LegalBasisParse(input, false, List.of(), List.of(), List.of(),
                    new LegalBasisError(ErrorCode.EMPTY_CITATION, "根拠条文が空です。", null));
        }
        LocalDate date = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                date = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                return new LegalBasisParse(input, false, List.of(), List.of(), List.of(),
                        new LegalBasisError(ErrorCode.INVALID_DATE, "asOf は YYYY-MM-DD で指定してください。", asOf));
            }
        }
        CitationParse parse = parser.parse(input, municipality, date);
        Map<String, Long> counts = flows.countFlowsUnder(parse.keys());
        List<ParsedLegalBasis> bases = new ArrayList<>();
        for (LegalBasisRef ref : parse.bases()) {
            CatalogEntry entry = catalog.describe(ref.key());
            FormEra era = ref.era();
            bases.add(new ParsedLegalBasis(ref.key(), ref.law(), ref.article(), ref.paragraph(), ref.item(), ref.table(),
                    ref.tableItem(), ref.kind().label(),
                    new LegalBasisEra(era.writtenForm(), era.era(), str(era.validFrom()), str(era.validTo()), era.note()),
                    ref.municipality(), ref.fragment(), entry.title(), entry.known(),
                    counts.getOrDefault(ref.key(), 0L)));
        }
        LegalBasisError error = null;
        if (!parse.fullyParsed()) {
            error = new LegalBasisError(ErrorCode.UNPARSED_FRAGMENT,
                    "解釈できない部分があります: 「" + parse.unparsedFragments().get(0) + "」",
                    parse.unparsedFragments().get(0));
        } else if (bases.isEmpty()) {
            error = new LegalBasisError(ErrorCode.NO_BASIS_FOUND, "根拠条文が見つかりませんでした。", input.strip());
        }
        return new LegalBasisParse(input, error == null, bases, parse.warnings(), parse.unparsedFragments(), error);
    }

    /**
     * Catalog entries, plus bases present in the graph but not in the catalog, with flow counts.
     * Ordered by table, then item number.
     */
    public List<LegalBasisSummary> list(LegalBasisFilter filter, Integer first) {
        LegalBasisFilter f = filter == null ? new LegalBasisFilter(null, null, null, null, null) : filter;
        int limit = first == null ? MAX_FIRST : Math.max(0, Math.min(first, MAX_FIRST));
        Map<String, Long> counts = flows.countFlowsByBasis();
        Map<String, CatalogEntry> rows = new LinkedHashMap<>();
        for (CatalogEntry e : catalog.entries()) {
            rows.put(e.key(), e);
        }
        for (String key : counts.keySet()) {
            rows.putIfAbsent(key, CatalogEntry.unknown(key));
        }
        List<LegalBasisSummary> out = new ArrayList<>();
        for (CatalogEntry e : rows.values()) {
            long n = counts.getOrDefault(e.key(), 0L);
            if (!matches(f, e, n)) {
                continue;
            }
            out.add(new LegalBasisSummary(e.key(), e.table(), e.item(), e.title(), e.actor(), e.known(), n,
                    str(e.validFrom()), str(e.validTo()), e.source()));
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    private static boolean matches(LegalBasisFilter f, CatalogEntry e, long flowCount) {
        if (f.table() != null && !f.table().equals(e.table())) {
            return false;
        }
        if (f.keyPrefix() != null && !e.key().startsWith(f.keyPrefix())) {
            return false;
        }
        if (f.known() != null && f.known() != e.known()) {
            return false;
        }
        if (Boolean.TRUE.equals(f.withFlowsOnly()) && flowCount == 0) {
            return false;
        }
        if (f.text() != null && !f.text().isBlank()) {
            String needle = f.text().strip();
            boolean hit = contains(e.title(), needle) || contains(e.actor(), needle) || contains(e.key(), needle)
                    || e.providers().stream().anyMatch(p -> contains(p.provider(), needle) || contains(p.information(), needle));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String hay, String needle) {
        return hay != null && hay.contains(needle);
    }

    private static String str(Object o) {
        return Objects.toString(o, null);
    }
}
