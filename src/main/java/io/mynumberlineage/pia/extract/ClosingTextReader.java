package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.TextRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The form's closing parts kept as labelled text: IV 開示請求・問合せ (contacts) and
 * V 評価実施手続 (第三者点検 and the 委員会's 承認, the reviews).
 */
final class ClosingTextReader {

    private final FormState state;
    final List<TextRecord> contacts = new ArrayList<>();
    final List<TextRecord> reviews = new ArrayList<>();

    ClosingTextReader(FormState state) {
        this.state = state;
    }

    void readDisclosure(FormBlock b) {
        if (state.skipEmptyHeading(b)) {
            return;
        }
        String sub = state.position.sub == null ? "" : state.position.subKey() + "/";
        add(contacts, sub + b.plainLabel(), b);
    }

    void readProcedure(FormBlock b) {
        if (state.skipEmptyHeading(b)) {
            return;
        }
        String subKey = state.position.subKey();
        if (subKey.equals("第三者点検") || subKey.equals("個人情報保護委員会の承認")) {
            add(reviews, subKey + "/" + b.plainLabel(), b);
            return;
        }
        state.unparsed(b, "対応する項目がありません: " + subKey + "/" + b.plainLabel());
    }

    private void add(List<TextRecord> into, String label, FormBlock b) {
        TextRecord r = new TextRecord(label, b.flat(), state.provenance(b, b.flat()));
        into.add(r);
        state.ledger.count(r.provenance());
        state.place(b);
    }
}
