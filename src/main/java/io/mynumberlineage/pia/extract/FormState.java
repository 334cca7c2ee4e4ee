package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.pia.read.PiaDocument;
import io.mynumberlineage.pia.read.SourceLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the part readers share while one document is read: the line ledger, the position in the
 * form, and the facts several parts contribute to (files, systems, departments).
 */
final class FormState {

    private static final Pattern PLACEHOLDER = Pattern.compile("^[\\s()\\[\\]x件.]*$");

    final PiaDocument doc;
    final LineLedger ledger;
    final FormPosition position = new FormPosition();
    final FileDrafts files = new FileDrafts(position);
    final List<SystemDraft> systems = new ArrayList<>();
    final Set<String> departments = new LinkedHashSet<>();
    private Provenance documentProvenance;

    FormState(PiaDocument doc) {
        this.doc = doc;
        this.ledger = new LineLedger(doc);
    }

    Provenance provenance(FormBlock b, String quote) {
        return ledger.provenance(b, quote);
    }

    String path(String leaf) {
        return position.path(leaf);
    }

    /** Provenance of the document itself: the first cover or Section I fact placed. */
    Provenance documentProvenance() {
        return documentProvenance;
    }

    void placeDocument(FormBlock b) {
        if (documentProvenance == null) {
            documentProvenance = provenance(b, b.flat());
        }
        ledger.place(b);
    }

    void placeDocument(SourceLine line) {
        if (documentProvenance == null) {
            documentProvenance = ledger.provenance(path(null), line, line.text());
        }
        ledger.place(line);
    }

    void place(FormBlock b) {
        ledger.place(b);
    }

    void structural(FormBlock b) {
        ledger.structural(b);
    }

    void unparsed(FormBlock b, String reason) {
        ledger.unparsed(b, reason);
    }

    void unparsed(SourceLine line, String reason) {
        ledger.unparsed(line, path(null), reason);
    }

    void warn(String path, String message) {
        ledger.warn(path, message);
    }

    /** The usual answer to a field no reader knows. */
    void noSuchField(FormBlock b) {
        unparsed(b, "対応する項目がありません: " + b.plainLabel());
    }

    /** A numbered heading's own text: structure when empty or a placeholder, else kept as unparsed. */
    void emptyOrUnparsed(FormBlock b) {
        String v = b.text();
        if (v.isEmpty() || FormVocabulary.isDash(v) || PLACEHOLDER.matcher(v).matches()) {
            structural(b);
        } else {
            unparsed(b, "見出しに続く記載: " + b.label);
        }
    }

    /** Structure when a numbered heading carries no text; false when the block has a value to read. */
    boolean skipEmptyHeading(FormBlock b) {
        if (b.kind == FormBlock.Kind.NUMBERED && b.text().isEmpty()) {
            structural(b);
            return true;
        }
        return false;
    }
}
