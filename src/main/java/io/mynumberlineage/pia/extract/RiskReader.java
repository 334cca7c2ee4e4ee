package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.RiskMeasureRecord;
import java.util.ArrayList;
import java.util.List;

/** Section III (リスク対策) per file, and the リスク対策の概要 of summary material. */
final class RiskReader implements PartReader {

    private final FormState state;
    final List<RiskMeasureRecord> risks = new ArrayList<>();

    RiskReader(FormState state) {
        this.state = state;
    }

    @Override
    public void read(FormBlock b) {
        if (b.kind == FormBlock.Kind.NUMBERED && "特定個人情報ファイル名".equals(b.key)) {
            // The risk section of the named file: its path carries the file's number.
            List<String> names = FileDrafts.names(b.text());
            state.position.currentFile = names.isEmpty() ? null : state.files.find(names.get(0));
            if (names.isEmpty()) {
                state.structural(b);
            } else {
                state.place(b);
            }
            return;
        }
        if (state.skipEmptyHeading(b)) {
            return;
        }
        String text = FieldValues.withoutChoices(b.flat());
        String rating = b.flat().startsWith("[") ? FieldValues.selection(b.flat()) : null;
        add(new RiskMeasureRecord(b.path, b.plainLabel(), text, rating, state.provenance(b, text.isEmpty() ? b.label : text)), b);
    }

    /** A line of a summary's リスク対策の概要: an item's first line is its title. */
    void readSummary(FormBlock b) {
        if (state.skipEmptyHeading(b)) {
            return;
        }
        Provenance p = state.provenance(b, b.flat());
        boolean item = b.kind == FormBlock.Kind.ITEM;
        String label = item ? b.text().split("\n")[0] : b.plainLabel();
        String text = item && b.text().contains("\n")
                ? b.text().substring(b.text().indexOf('\n') + 1).replace('\n', ' ').trim() : b.flat();
        add(new RiskMeasureRecord(state.path(null), label, text, null, p), b);
    }

    private void add(RiskMeasureRecord r, FormBlock b) {
        risks.add(r);
        state.ledger.count(r.provenance());
        state.place(b);
    }
}
