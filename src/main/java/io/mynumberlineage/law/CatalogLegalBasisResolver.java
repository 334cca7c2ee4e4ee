package io.mynumberlineage.law;

import io.mynumberlineage.graph.LegalBasisResolver;
import io.mynumberlineage.graph.ResolvedBasis;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The loader's citation reader: the full parser, so flows written in any era of the law meet on
 * one canonical key. Fragments the parser cannot read yield no key; the loader keeps the citation
 * verbatim and the parse warnings stay visible through {@code legalBasis(citation)}.
 */
@Component
public class CatalogLegalBasisResolver implements LegalBasisResolver {

    private final CitationParser parser;

    public CatalogLegalBasisResolver(CitationParser parser) {
        this.parser = parser;
    }

    @Override
    public List<ResolvedBasis> resolve(String citationText, String municipality, LocalDate asOf) {
        return parser.parse(citationText, municipality, asOf).bases().stream()
                .filter(ref -> !ref.key().endsWith("?"))
                .map(ref -> new ResolvedBasis(ref.key(), ref.kind().label(), citationText,
                        ref.era() == null ? null : ref.era().validFrom(),
                        // The era gives its last day; the graph stores the first day after it.
                        ref.era() == null || ref.era().validTo() == null ? null : ref.era().validTo().plusDays(1),
                        ref.tableItem()))
                .toList();
    }
}
