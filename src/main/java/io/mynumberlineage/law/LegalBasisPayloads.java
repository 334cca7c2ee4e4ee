package io.mynumberlineage.law;

import java.util.List;

/** GraphQL payload shapes of {@code law.graphqls}; records so the schema maps field by field. */
public final class LegalBasisPayloads {

    private LegalBasisPayloads() {
    }

    /** Answer of {@code legalBasis(citation)}: the parse, never an exception. */
    public record LegalBasisParse(
            String input,
            boolean ok,
            List<ParsedLegalBasis> bases,
            List<String> warnings,
            List<String> unparsedFragments,
            LegalBasisError error) {
    }

    /** Typed error: what went wrong and which fragment. */
    public record LegalBasisError(ErrorCode code, String message, String fragment) {
    }

    public enum ErrorCode { UNPARSED_FRAGMENT, EMPTY_CITATION, INVALID_DATE, NO_BASIS_FOUND }

    /** One understood basis with its catalog row and flow count. */
    public record ParsedLegalBasis(
            String key,
            String law,
            String article,
            String paragraph,
            String item,
            String table,
            String tableItem,
            String kind,
            LegalBasisEra era,
            String municipality,
            String fragment,
            String title,
            boolean known,
            long flowCount) {
    }

    public record LegalBasisEra(String writtenForm, String era, String validFrom, String validTo, String note) {
    }

    /** Filter of {@code legalBases}; every field optional. */
    public record LegalBasisFilter(String table, String keyPrefix, String text, Boolean known, Boolean withFlowsOnly) {
    }

    public record LegalBasisSummary(
            String key,
            String table,
            String item,
            String title,
            String actor,
            boolean known,
            long flowCount,
            String validFrom,
            String validTo,
            String source) {
    }
}
