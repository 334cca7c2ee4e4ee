package io.mynumberlineage.manifest;

/**
 * Where a fact came from: the document, the section path within the form (e.g. "II/5/提供先1"),
 * the 1-based source line and at most 40 characters quoted from the source cell.
 */
public record Provenance(String document, String sectionPath, int line, String quote) {

    public static final int MAX_QUOTE = 40;

    public Provenance {
        if (quote != null && quote.codePointCount(0, quote.length()) > MAX_QUOTE) {
            quote = quote.substring(0, quote.offsetByCodePoints(0, MAX_QUOTE));
        }
    }
}
