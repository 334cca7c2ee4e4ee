package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.FlowRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 提供・移転: each 提供先N / 移転先N caption opens a recipient whose fields follow (法令上の根拠,
 * 用途, 提供する情報, 方法, 時期・頻度). Fields printed before their caption wait for the next
 * recipient; recipients listed in a 別紙 come from the {@link AnnexRecipients} source.
 */
final class ProvisionReader {

    private static final Pattern ANNEX_REFERENCE = Pattern.compile("別紙\\s*\\d*");

    private final FormState state;
    private final AnnexRecipients annex;
    final List<FlowDraft> flows = new ArrayList<>();
    private FlowDraft current;
    private final List<FormBlock> pending = new ArrayList<>();
    /** The file whose 提供先 the 別紙 lists, and the flows read from it. */
    FileDraft annexTarget;
    final List<FlowRecord> annexFlows = new ArrayList<>();

    ProvisionReader(FormState state, AnnexRecipients annex) {
        this.state = state;
        this.annex = annex;
    }

    static boolean isFlowField(String key) {
        return RecipientField.ofLabel(key) != null;
    }

    /** A new part of the form starts: no recipient is open any more. */
    void leaveSection() {
        current = null;
    }

    void read(FormBlock b, FileDraft f) {
        if (b.kind == FormBlock.Kind.ANCHOR) {
            caption(b, f);
            return;
        }
        if (b.key.equals("提供・移転の有無")) {
            state.place(b);
            return;
        }
        if (ANNEX_REFERENCE.matcher(b.text()).find()) {
            annexReference(b, f);
            return;
        }
        if (current == null || !apply(current, b)) {
            if (isFlowField(b.key)) {
                // PDF pages can print a recipient's fields before its caption; keep for the next one.
                pending.add(b);
            } else {
                state.noSuchField(b);
            }
        }
    }

    private void caption(FormBlock b, FileDraft f) {
        String kind = b.label.startsWith("提供先") ? "提供" : "移転";
        Integer ordinal = Integer.valueOf(b.label.substring(3));
        String recipient = b.flat();
        if (recipient.isEmpty()) {
            state.structural(b);
            current = null;
            return;
        }
        if (ANNEX_REFERENCE.matcher(recipient).find()) {
            annexReference(b, f);
            current = null;
            return;
        }
        current = new FlowDraft(f, kind, ordinal, recipient, state.provenance(b, recipient));
        flows.add(current);
        state.place(b);
        for (FormBlock waiting : new ArrayList<>(pending)) {
            if (waiting.path.startsWith(state.position.partLabel) && apply(current, waiting)) {
                pending.remove(waiting);
            }
        }
    }

    /** Puts a field into a flow unless the flow already has it; true when placed. */
    private boolean apply(FlowDraft fl, FormBlock b) {
        RecipientField field = RecipientField.ofLabel(b.key);
        if (field == null) {
            return false;
        }
        String v = b.flat();
        switch (field) {
            case CITATION -> {
                if (!fl.citations.isEmpty()) {
                    return false;
                }
                fl.citations.add(v);
                fl.beppyo.addAll(FieldValues.beppyoItems(v));
            }
            case PURPOSE -> {
                if (fl.purpose != null) {
                    return false;
                }
                // Items the 用途 cell names are hints (BasisHintReader), never keys of the citation.
                fl.purpose = v;
            }
            case ITEMS -> {
                if (!fl.items.isEmpty()) {
                    return false;
                }
                fl.items.addAll(FieldValues.enumeration(v));
            }
            case RECORD_COUNT -> {
                if (fl.recordCount != null) {
                    return false;
                }
                fl.recordCount = FieldValues.selectionAcrossLines(b.text());
            }
            case METHOD -> {
                if (!fl.methods.isEmpty()) {
                    return false;
                }
                fl.methods.addAll(FieldValues.ticked(v));
            }
            case FREQUENCY -> {
                if (fl.frequency != null) {
                    return false;
                }
                fl.frequency = v;
            }
            case SCOPE -> {
                // The form's 範囲 has no place in the record; it stays visible.
                state.noSuchField(b);
                return true;
            }
        }
        state.place(b);
        return true;
    }

    private void annexReference(FormBlock b, FileDraft f) {
        f.annexReferenced = true;
        state.unparsed(b, "別紙を参照する記載 (別紙の一覧は別途抽出)");
        state.warn(b.path, "提供先・移転先が別紙に記載されています: " + FieldValues.clip(b.flat(), 40));
    }

    /** Fields that never met their recipient stay visible as unparsed. */
    void flushPending() {
        for (FormBlock b : pending) {
            state.unparsed(b, "提供先・移転先に割り当てられない記載: " + b.plainLabel());
        }
        pending.clear();
    }

    /**
     * The single place where 別紙 recipient lists (long 提供先/移転先 lists in an appendix of
     * PDF-extracted text) are merged: the {@link AnnexRecipients} source reads
     * {@code doc.normalizedLines()}; its flows join the file whose II-5 referred to the 別紙.
     * Without a source the reference stays a warning and in {@code unparsed}.
     */
    void mergeAnnexRecipients() {
        FileDraft target = null;
        for (FileDraft f : state.files) {
            if (f.annexReferenced) {
                target = f;
                break;
            }
        }
        if (target == null) {
            return;
        }
        state.ledger.closeRun();
        AnnexRecipients.AnnexFlows result = annex.extract(state.doc.name(), state.doc.normalizedLines());
        if (result == null) {
            state.warn("II", "ファイル「" + target.name + "」の提供先・移転先の一部は別紙に記載されており、この抽出器では取り込んでいません");
            return;
        }
        annexTarget = target;
        annexFlows.addAll(result.flows());
        // The annex source now accounts for the 別紙 pages this extractor had set aside.
        state.ledger.unparsed.removeIf(u -> u.reason().startsWith("別紙の記載"));
        state.ledger.unparsed.addAll(result.unparsed());
        result.warnings().forEach(w -> state.warn("別紙", w));
    }
}
