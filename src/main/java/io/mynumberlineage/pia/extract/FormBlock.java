package io.mynumberlineage.pia.extract;

import io.mynumberlineage.pia.read.SourceLine;
import java.util.ArrayList;
import java.util.List;

/** A label with its value, the unit the form is made of: what the driver hands to a part's reader. */
final class FormBlock {

    enum Kind { FIELD, NUMBERED, ANCHOR, RISK, ITEM }

    final Kind kind;
    final String label;
    final String key;
    final int line;
    final List<SourceLine> lines = new ArrayList<>();
    final String path;
    final String quote;
    private final StringBuilder value = new StringBuilder();
    private String text;
    private String flat;

    FormBlock(Kind kind, String label, String value, SourceLine source, String path) {
        this.kind = kind;
        this.label = label;
        this.key = FormVocabulary.labelKey(label);
        this.value.append(value == null ? "" : value.trim());
        this.line = source.lineNumber();
        this.lines.add(source);
        this.path = path;
        this.quote = value == null || value.isBlank() ? label : value.trim();
    }

    void append(SourceLine l) {
        text = null;
        flat = null;
        if (value.length() > 0) {
            value.append('\n');
        }
        value.append(String.join(" ", l.cells()));
        lines.add(l);
    }

    /** The value as gathered so far, before trimming: what a continuation line is judged against. */
    String raw() {
        return value.toString();
    }

    String text() {
        if (text == null) {
            text = value.toString().trim();
        }
        return text;
    }

    /** The value on one line, for records that hold a short text. */
    String flat() {
        if (flat == null) {
            flat = text().replace('\n', ' ').trim();
        }
        return flat;
    }

    /** The label without its circled number or marks, as people read it. */
    String plainLabel() {
        return FormVocabulary.stripMarks(label);
    }
}
