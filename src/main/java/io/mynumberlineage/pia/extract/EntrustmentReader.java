package io.mynumberlineage.pia.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * 委託: each 委託事項N caption opens an entrustment whose fields follow (委託内容, 委託先名, 再委託).
 * Fields printed before their caption wait for the next one.
 */
final class EntrustmentReader {

    private final FormState state;
    final List<EntrustmentDraft> entrustments = new ArrayList<>();
    private EntrustmentDraft current;
    private final List<FormBlock> pending = new ArrayList<>();

    EntrustmentReader(FormState state) {
        this.state = state;
    }

    static boolean isEntrustmentField(String key) {
        return key.equals("委託内容") || key.equals("委託先名") || key.equals("再委託の有無") || key.equals("再委託の許諾方法")
                || key.equals("再委託事項");
    }

    /** A new part of the form starts: no entrustment is open any more. */
    void leaveSection() {
        current = null;
    }

    void read(FormBlock b, FileDraft f) {
        if (b.kind == FormBlock.Kind.ANCHOR) {
            Integer ordinal = Integer.valueOf(b.label.substring("委託事項".length()));
            String work = b.flat();
            current = new EntrustmentDraft(f, ordinal, work, state.provenance(b, work.isEmpty() ? b.label : work));
            entrustments.add(current);
            state.place(b);
            for (FormBlock waiting : new ArrayList<>(pending)) {
                if (apply(current, waiting)) {
                    pending.remove(waiting);
                }
            }
            return;
        }
        if (!isEntrustmentField(b.key)) {
            state.noSuchField(b);
            return;
        }
        if (current == null || !apply(current, b)) {
            // PDF pages can print an entrustment's fields before its caption; keep for the next one.
            pending.add(b);
        }
    }

    /** Puts a field into an entrustment unless it already has it; true when placed. */
    private boolean apply(EntrustmentDraft e, FormBlock b) {
        String v = b.flat();
        if (b.key.equals("再委託の有無")) {
            if (e.subcontracting != null) {
                return false;
            }
            String sel = FieldValues.selectionAcrossLines(b.text());
            if (sel == null || !sel.contains("再委託")) {
                // Handled, but a selection naming no 再委託 option is not taken as the answer.
                state.unparsed(b, "再委託の有無を読み取れません");
                return true;
            }
            e.subcontracting = sel;
            state.place(b);
            return true;
        }
        boolean filled = switch (b.key) {
            case "委託内容" -> fillOnce(e.detail, v, x -> e.detail = x);
            case "委託先名" -> fillOnce(e.contractor, v, x -> e.contractor = x);
            case "再委託の許諾方法" -> fillOnce(e.approval, v, x -> e.approval = x);
            case "再委託事項" -> fillOnce(e.subWork, v, x -> {
                e.subWork = x;
                e.subProvenance = state.provenance(b, x);
            });
            default -> false;
        };
        if (filled) {
            state.place(b);
        }
        return filled;
    }

    /** Fills an empty field; false when it is already set, i.e. the block belongs to the next 委託. */
    private static boolean fillOnce(String current, String value, Consumer<String> setter) {
        if (current != null) {
            return false;
        }
        setter.accept(value);
        return true;
    }

    /** Fields that never met their entrustment stay visible as unparsed. */
    void flushPending() {
        for (FormBlock b : pending) {
            state.unparsed(b, "委託事項に割り当てられない記載: " + b.plainLabel());
        }
        pending.clear();
    }
}
