package io.mynumberlineage.pia.read;

import java.util.List;

/**
 * One logical line of a document after markup removal and NFKC. {@code lineNumber} is the
 * original 1-based line; when PDF extraction had wrapped the line, {@code lastLineNumber} is
 * the last source line that was joined into it.
 *
 * @param cells the non-empty table cells (tab- or pipe-separated), trimmed
 */
public record SourceLine(int lineNumber, int lastLineNumber, String text, List<String> cells) {

    public SourceLine {
        cells = List.copyOf(cells);
    }

    public String firstCell() {
        return cells.isEmpty() ? "" : cells.get(0);
    }
}
