package io.mynumberlineage.pia.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one table cell (e.g. a 変更後の記載 cell) that holds a recipient's entry: an optional
 * recipient name, then labelled fields. A cell without labels is the value of the field its row
 * names in the 項目 column, or, when the row names none, the recipient's name.
 */
final class CellFields {

    /** 「② 職業訓練の…」: the label text itself lost in extraction, only its number left. */
    private static final Pattern BARE_SECOND_FIELD = Pattern.compile("^\\s*[2②]\\s+(\\D.*)$");

    private CellFields() {
    }

    /**
     * @param texts the cell's lines (already split off the rest of their source line if needed)
     * @param cellLines the source line index of each text
     * @param rowField the field the row's 項目 names, or null
     */
    static RecipientBlock parse(List<String> texts, List<Integer> cellLines, FlowFieldLabel rowField) {
        RecipientBlock block = new RecipientBlock();
        List<String> nameParts = new ArrayList<>();
        int nameLine = -1;
        FlowFieldLabel field = null;
        List<String> parts = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        boolean sawLabel = false;
        for (int n = 0; n < texts.size(); n++) {
            int k = cellLines.get(n);
            String s = texts.get(n);
            if (s.isBlank()) {
                continue;
            }
            Optional<RecipientHeading> heading = RecipientHeading.atStart(s);
            if (heading.isPresent() && field == null && block.heading() == null) {
                block.heading(heading.get(), k);
                continue;
            }
            Optional<FlowFieldLabel.Match> label = FlowFieldLabel.match(s);
            if (label.isEmpty() && field == FlowFieldLabel.CITATION && BARE_SECOND_FIELD.matcher(s).matches()) {
                var m = BARE_SECOND_FIELD.matcher(s);
                m.matches();
                label = Optional.of(new FlowFieldLabel.Match(FlowFieldLabel.PURPOSE, null, m.group(1).strip(), false));
            }
            if (label.isPresent()) {
                flush(block, field, parts, used);
                sawLabel = true;
                FlowFieldLabel.Match m = label.get();
                block.kindHint(m.kind());
                field = m.field();
                parts = new ArrayList<>();
                used = new ArrayList<>();
                used.add(k);
                if (!m.rest().isEmpty()) {
                    parts.add(m.rest());
                }
                continue;
            }
            if (field == null) {
                if (nameLine < 0) {
                    nameLine = k;
                }
                nameParts.add(s);
                continue;
            }
            String tail = parts.isEmpty() ? FlowFieldLabel.stripWrappedTail(s) : null;
            if (tail != null && (field == FlowFieldLabel.RECORD_COUNT || field == FlowFieldLabel.SCOPE)) {
                if (!tail.isEmpty()) {
                    parts.add(tail);
                }
            } else {
                parts.add(s);
            }
            used.add(k);
        }
        flush(block, field, parts, used);
        String before = PdfLineJoiner.join(nameParts);
        if (!sawLabel && !before.isEmpty()) {
            if (rowField != null) {
                List<Integer> lines = new ArrayList<>(cellLines);
                block.put(rowField, new FieldText(before, lines.get(0), lines));
            } else {
                block.name(before, nameLine);
            }
        } else if (!before.isEmpty()) {
            block.name(before, nameLine);
        }
        return block;
    }

    private static void flush(RecipientBlock block, FlowFieldLabel field, List<String> parts, List<Integer> used) {
        if (field != null) {
            block.put(field, new FieldText(PdfLineJoiner.join(parts), used.get(0), used));
        }
    }
}
