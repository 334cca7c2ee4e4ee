package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.ChangeRecord;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.pia.read.FormNormalizer;
import io.mynumberlineage.pia.read.SourceLine;
import java.util.ArrayList;
import java.util.List;

/** 変更箇所: one record per row of the change table, read from the row's tab-separated columns. */
final class ChangeRowReader {

    private final FormState state;
    final List<ChangeRecord> changes = new ArrayList<>();
    private String lastDate;

    ChangeRowReader(FormState state) {
        this.state = state;
    }

    /** The table starts again: a row without a date no longer continues an earlier one. */
    void restart() {
        lastDate = null;
    }

    /** The table's column header, which is structure. */
    boolean header(SourceLine line) {
        List<String> cells = line.cells();
        if (cells.size() >= 2 && FormVocabulary.CHANGE_COLUMNS.contains(cells.get(0))
                && FormVocabulary.CHANGE_COLUMNS.contains(cells.get(1))) {
            state.ledger.structural(line);
            return true;
        }
        return false;
    }

    /** A line with the columns of a row (date, 項目, before, after …). */
    static boolean isRow(SourceLine line) {
        return line.cells().size() >= 3;
    }

    void row(SourceLine line) {
        String raw = state.doc.normalizedLines().get(line.lineNumber() - 1);
        String[] columns = raw.split("\t", -1);
        String date = columns.length > 0 ? columns[0].trim() : "";
        int offset = 1;
        String iso = WarekiDates.toIso(date);
        if (iso == null && !date.isEmpty()) {
            // A row without the leading date column is shifted left; it continues the previous date.
            offset = 0;
        }
        if (iso != null) {
            lastDate = iso;
        }
        String item = column(columns, offset);
        Provenance p = state.ledger.provenance(state.path("変更"), line, item == null ? line.firstCell() : item);
        changes.add(new ChangeRecord(lastDate, item, column(columns, offset + 1), column(columns, offset + 2),
                column(columns, offset + 3), p));
        state.ledger.count(p);
        state.ledger.place(line);
    }

    private static String column(String[] columns, int i) {
        if (i >= columns.length) {
            return null;
        }
        String c = FormNormalizer.collapseSpaces(columns[i]);
        return c.isEmpty() ? null : c;
    }
}
