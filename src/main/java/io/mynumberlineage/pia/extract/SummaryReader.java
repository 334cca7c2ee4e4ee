package io.mynumberlineage.pia.extract;

/**
 * Summary material (概要版, public-comment pages): the numbered lists of systems and files that
 * stand in for Sections I and II.
 */
final class SummaryReader {

    private final FormState state;

    SummaryReader(FormState state) {
        this.state = state;
    }

    void readSystems(FormBlock b) {
        if (b.kind == FormBlock.Kind.ITEM) {
            String name = b.text().split("\n")[0].replaceFirst("[(（]以下.*$", "").trim();
            int ordinal = Integer.parseInt(b.label.replaceAll("\\D", ""));
            SystemDraft s = new SystemDraft(ordinal, name, state.provenance(b, name));
            String rest = b.text().contains("\n") ? b.text().substring(b.text().indexOf('\n') + 1).trim() : "";
            if (!rest.isEmpty()) {
                s.functions.add(FieldValues.clip(rest.replace('\n', ' '), 200));
            }
            state.systems.add(s);
            state.place(b);
            return;
        }
        notAnItem(b);
    }

    void readFiles(FormBlock b) {
        if (b.kind == FormBlock.Kind.ITEM) {
            String name = b.text().split("\n")[0].trim();
            state.files.byName(name, state.provenance(b, name));
            if (b.text().contains("\n")) {
                state.unparsed(b, "ファイルの説明 (対応する項目がありません)");
            } else {
                state.place(b);
            }
            return;
        }
        notAnItem(b);
    }

    private void notAnItem(FormBlock b) {
        if (!state.skipEmptyHeading(b)) {
            state.unparsed(b, "概要の記載");
        }
    }
}
