package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.UnparsedRecord;
import io.mynumberlineage.pia.read.PiaDocument;
import io.mynumberlineage.pia.read.PiaReader;
import io.mynumberlineage.pia.read.SourceLine;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An invented document, read the way the importer reads it, with the shared state a part reader
 * works on: lets a test hand one reader the blocks the driver would.
 */
final class FormFixture {

    final PiaDocument doc;
    final FormState state;

    FormFixture(String... lines) {
        try {
            doc = new PiaReader().read("invented.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        } catch (io.mynumberlineage.pia.read.PiaReadException e) {
            throw new IllegalArgumentException(e);
        }
        state = new FormState(doc);
    }

    SourceLine line(int number) {
        return doc.lines().stream().filter(l -> l.lineNumber() == number).findFirst().orElseThrow();
    }

    /** The block a labelled line makes: its first cell is the label, the rest the value. */
    FormBlock field(int number) {
        SourceLine l = line(number);
        String value = String.join(" ", l.cells().subList(1, l.cells().size()));
        return new FormBlock(FormBlock.Kind.FIELD, l.firstCell(), value, l, state.path(l.firstCell()));
    }

    FormBlock block(FormBlock.Kind kind, String label, String value, int number) {
        return new FormBlock(kind, label, value, line(number), state.path(kind == FormBlock.Kind.NUMBERED ? null : label));
    }

    /** Enters a numbered sub-section such as 「5 個人番号の利用」. */
    void enter(FormVocabulary.Part part, String partLabel, String numberedHeading) {
        state.position.part = part;
        state.position.partLabel = partLabel;
        state.position.sub = numberedHeading == null ? null : FormVocabulary.numbered(numberedHeading);
    }

    List<String> unparsedReasons() {
        return state.ledger.unparsed.stream().map(UnparsedRecord::reason).toList();
    }

    List<String> warnings() {
        return state.ledger.warnings;
    }
}
