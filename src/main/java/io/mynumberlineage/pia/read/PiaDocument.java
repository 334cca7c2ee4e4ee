package io.mynumberlineage.pia.read;

import java.util.List;

/**
 * A read document: its identity, how it was decoded, its logical lines and the reader's warnings.
 *
 * @param normalizedLines every source line NFKC-normalised and unjoined (index i = line i+1),
 *                        for extractors that need the raw page layout (別紙 lists)
 * @param nonBlankLineCount source lines that carry text; the extractor must account for each
 */
public record PiaDocument(
        String name,
        String sha256,
        String encoding,
        List<SourceLine> lines,
        List<String> normalizedLines,
        Shape shape,
        int nonBlankLineCount,
        List<String> warnings) {

    /** The text shapes 評価書 arrive in; PDF-extracted text gets its wrapped lines re-joined. */
    public enum Shape { TABBED, MARKDOWN, PDF_TEXT }
}
