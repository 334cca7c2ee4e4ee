package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.ParseReport;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.UnparsedRecord;
import io.mynumberlineage.pia.read.PiaDocument;
import io.mynumberlineage.pia.read.SourceLine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Accounts for every source line: placed in a record, kept in {@code unparsed}, or structural
 * (headings, choice lists, empty fields). Also keeps the warnings and the per-section counts, so
 * nothing a reader sets aside is lost or counted twice.
 */
final class LineLedger {

    private final PiaDocument doc;
    private final BitSet placed = new BitSet();
    private final BitSet unparsedLines = new BitSet();
    private final BitSet structural = new BitSet();
    final List<String> warnings = new ArrayList<>();
    final List<UnparsedRecord> unparsed = new ArrayList<>();
    private final Map<String, int[]> sectionCounts = new HashMap<>();
    private int lastUnparsedLine = -1;
    private int runIndex = -1;
    private StringBuilder runText;
    private int safetyNet;

    LineLedger(PiaDocument doc) {
        this.doc = doc;
    }

    String documentName() {
        return doc.name();
    }

    Provenance provenance(FormBlock b, String quote) {
        return new Provenance(doc.name(), b.path, b.line, quote == null || quote.isBlank() ? b.quote : quote.replace('\n', ' '));
    }

    Provenance provenance(String path, SourceLine line, String quote) {
        return new Provenance(doc.name(), path, line.lineNumber(), quote);
    }

    void place(FormBlock b) {
        for (SourceLine l : b.lines) {
            mark(placed, l);
        }
    }

    void place(SourceLine line) {
        mark(placed, line);
    }

    void structural(FormBlock b) {
        for (SourceLine l : b.lines) {
            mark(structural, l);
        }
    }

    void structural(SourceLine line) {
        mark(structural, line);
    }

    void unparsed(FormBlock b, String reason) {
        Provenance p = provenance(b, b.flat().isEmpty() ? b.label : b.label + " " + b.flat());
        String text = b.kind == FormBlock.Kind.FIELD || b.kind == FormBlock.Kind.NUMBERED
                ? (b.label + "\t" + b.text()).trim() : b.text();
        unparsed.add(new UnparsedRecord(text.isEmpty() ? b.label : text, reason, p));
        count(p);
        for (SourceLine l : b.lines) {
            mark(unparsedLines, l);
        }
    }

    /** A value set aside from a record that was otherwise placed (a remark, a sentence in a list). */
    void setAside(String text, String reason, Provenance p) {
        unparsed.add(new UnparsedRecord(text, reason, p));
    }

    void unparsed(SourceLine line, String path, String reason) {
        mark(unparsedLines, line);
        if (runIndex >= 0 && runIndex == unparsed.size() - 1 && isBlankBetween(lastUnparsedLine, line.lineNumber())) {
            UnparsedRecord last = unparsed.get(runIndex);
            if (last.reason().equals(reason) && last.provenance().sectionPath().equals(path)) {
                // A run of unplaceable lines (a PDF table, a page of prose) stays one record.
                runText.append('\n').append(line.text());
                lastUnparsedLine = line.lastLineNumber();
                return;
            }
        }
        closeRun();
        Provenance p = provenance(path, line, line.text());
        unparsed.add(new UnparsedRecord(line.text(), reason, p));
        count(p);
        lastUnparsedLine = line.lastLineNumber();
        runIndex = unparsed.size() - 1;
        runText = new StringBuilder(line.text());
    }

    /** Writes the text gathered for the current run of unparsed lines into its record. */
    void closeRun() {
        if (runIndex >= 0 && runIndex < unparsed.size()) {
            UnparsedRecord r = unparsed.get(runIndex);
            if (runText.length() != r.text().length()) {
                unparsed.set(runIndex, new UnparsedRecord(runText.toString(), r.reason(), r.provenance()));
            }
        }
        runIndex = -1;
        runText = null;
    }

    /** True when only blank source lines lie between line {@code a} and line {@code b}. */
    private boolean isBlankBetween(int a, int b) {
        if (b <= a) {
            return false;
        }
        for (int n = a + 1; n < b; n++) {
            if (!doc.normalizedLines().get(n - 1).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void mark(BitSet set, SourceLine line) {
        set.set(line.lineNumber(), line.lastLineNumber() + 1);
    }

    void warn(String path, String message) {
        warnings.add("[" + path + "] " + message);
        String section = path.split("/")[0];
        sectionCounts.computeIfAbsent(section, k -> new int[2])[1]++;
    }

    /** Counts a record under the top section of its provenance. */
    void count(Provenance p) {
        String path = p.sectionPath();
        int slash = path.indexOf('/');
        String section = slash < 0 ? path : path.substring(0, slash);
        sectionCounts.computeIfAbsent(section, k -> new int[2])[0]++;
    }

    /** Whatever no reader claimed still reaches the manifest: nothing is dropped silently. */
    void catchUnclaimedLines() {
        closeRun();
        for (SourceLine l : doc.lines()) {
            if (!placed.get(l.lineNumber()) && !unparsedLines.get(l.lineNumber()) && !structural.get(l.lineNumber())) {
                Provenance p = new Provenance(doc.name(), "未分類", l.lineNumber(), l.text());
                unparsed.add(new UnparsedRecord(l.text(), "未分類の行", p));
                mark(unparsedLines, l);
                safetyNet++;
            }
        }
        if (safetyNet > 0) {
            warn("未分類", "どの処理にも割り当てられなかった行が " + safetyNet + " 行あり、unparsed に入れました");
        }
    }

    LineCoverage coverage() {
        BitSet all = new BitSet();
        all.or(placed);
        all.or(unparsedLines);
        all.or(structural);
        List<Integer> unaccounted = new ArrayList<>();
        for (SourceLine l : doc.lines()) {
            for (int n = l.lineNumber(); n <= l.lastLineNumber(); n++) {
                if (!all.get(n)) {
                    unaccounted.add(n);
                }
            }
        }
        return new LineCoverage(doc.nonBlankLineCount(), placed.cardinality(), unparsedLines.cardinality(),
                structural.cardinality(), safetyNet, unaccounted);
    }

    /** Records and warnings per section, plus the line totals under {@code _lines}. */
    Map<String, ParseReport.SectionCount> sectionReport(LineCoverage cov) {
        Map<String, ParseReport.SectionCount> sections = new LinkedHashMap<>();
        new TreeMap<>(sectionCounts).forEach((k, v) -> sections.put(k, new ParseReport.SectionCount(v[0], v[1])));
        sections.put("_lines", new ParseReport.SectionCount(cov.nonBlankLines(), cov.safetyNet() + cov.missing().size()));
        return sections;
    }
}
