package io.mynumberlineage.law;

import java.util.List;

/**
 * Result of reading one citation text.
 *
 * @param input the text as given
 * @param bases every basis understood, in text order, duplicates removed
 * @param warnings Japanese explanations of anything uncertain (ambiguous 号, unknown era, …)
 * @param unparsedFragments pieces that look like citations but could not be understood, verbatim
 */
public record CitationParse(
        String input,
        List<LegalBasisRef> bases,
        List<String> warnings,
        List<String> unparsedFragments) {

    public CitationParse {
        bases = List.copyOf(bases);
        warnings = List.copyOf(warnings);
        unparsedFragments = List.copyOf(unparsedFragments);
    }

    /** True when every citation-like piece was understood. */
    public boolean fullyParsed() {
        return unparsedFragments.isEmpty();
    }

    /** Keys of {@link #bases()} in order. */
    public List<String> keys() {
        return bases.stream().map(LegalBasisRef::key).toList();
    }
}
