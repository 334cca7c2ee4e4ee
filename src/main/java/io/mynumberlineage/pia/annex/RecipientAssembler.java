package io.mynumberlineage.pia.annex;

import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges everything said about one numbered recipient into one {@link FlowRecord}. A 別紙 entry
 * outranks the II-5 body, which outranks the 変更後 cells of the 変更箇所 table; among those
 * cells the latest 変更日 wins. Each field is taken from the best source that states it, so a
 * name given only in an older row still fills a gap left by a newer one. Values that only point
 * elsewhere (「別紙２を参照」) state nothing.
 */
final class RecipientAssembler {

    enum Rank {
        AMENDMENT, BODY, ANNEX
    }

    /** One statement about a recipient. */
    record Source(RecipientBlock block, Rank rank, LocalDate date, String sectionPath, int line, String quote,
            boolean deletes) {
    }

    private final String documentName;
    private final Map<FlowKind, Map<Integer, List<Source>>> sources = new TreeMap<>();

    RecipientAssembler(String documentName) {
        this.documentName = documentName;
    }

    void add(FlowKind kind, int ordinal, Source source) {
        sources.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(ordinal, k -> new ArrayList<>()).add(source);
    }

    List<FlowRecord> build(FlowKind kind, List<String> warnings) {
        List<FlowRecord> out = new ArrayList<>();
        Map<Integer, List<Source>> byOrdinal = sources.getOrDefault(kind, Map.of());
        for (var e : byOrdinal.entrySet()) {
            int ordinal = e.getKey();
            List<Source> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparing(Source::rank).reversed()
                    .thenComparing(Source::date, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparingInt(Source::line));
            String label = kind.recipientWord() + ordinal;
            warnDuplicates(label, list, warnings);
            Source top = list.get(0);
            if (top.rank() == Rank.AMENDMENT && top.deletes()) {
                warnings.add(label + " は変更箇所で削除されているため一覧に含めません（" + (top.line() + 1) + "行目）");
                continue;
            }
            warnConflictingCitation(label, list, warnings);
            out.add(record(kind, ordinal, list));
        }
        warnGaps(kind, out, warnings);
        return out;
    }

    private FlowRecord record(FlowKind kind, int ordinal, List<Source> list) {
        String name = null;
        for (Source s : list) {
            String n = s.block().name();
            if (n != null && !n.isBlank() && !RecipientHeading.isReference(n) && !s.deletes()) {
                name = n;
                break;
            }
        }
        String citationText = text(list, FlowFieldLabel.CITATION);
        List<String> citations = FlowValueParser.citations(citationText);
        String methodText = text(list, FlowFieldLabel.METHOD);
        Source primary = list.stream().filter(s -> !s.deletes()).findFirst().orElse(list.get(0));
        Provenance provenance = new Provenance(documentName, primary.sectionPath(), primary.line() + 1, primary.quote());
        List<String> items = FlowValueParser.items(text(list, FlowFieldLabel.ITEMS));
        return new FlowRecord(
                documentName + ":" + kind.label() + ":" + ordinal,
                null,
                kind.label(),
                ordinal,
                name,
                citations,
                FlowValueParser.beppyoItems(citations),
                text(list, FlowFieldLabel.PURPOSE),
                items,
                FlowValueParser.methods(methodText),
                text(list, FlowFieldLabel.FREQUENCY),
                FlowValueParser.recordCount(text(list, FlowFieldLabel.RECORD_COUNT)),
                provenance,
                BasisHintReader.read(text(list, FlowFieldLabel.PURPOSE), items, kind.label(), provenance, null));
    }

    private static String text(List<Source> list, FlowFieldLabel field) {
        for (Source s : list) {
            if (s.deletes()) {
                continue;
            }
            FieldText t = s.block().get(field);
            if (t != null && !t.isBlank() && !RecipientHeading.isReference(t.text())) {
                return t.text();
            }
        }
        return null;
    }

    /** The 別紙/本文 entry and the latest 変更後 entry should agree; say so when they do not. */
    private static void warnConflictingCitation(String label, List<Source> list, List<String> warnings) {
        Source stated = null;
        Source amended = null;
        for (Source s : list) {
            FieldText t = s.block().get(FlowFieldLabel.CITATION);
            if (t == null || t.isBlank() || RecipientHeading.isReference(t.text()) || s.deletes()) {
                continue;
            }
            if (s.rank() != Rank.AMENDMENT && stated == null) {
                stated = s;
            } else if (s.rank() == Rank.AMENDMENT && amended == null) {
                amended = s;
            }
        }
        if (stated != null && amended != null) {
            String a = stated.block().get(FlowFieldLabel.CITATION).text().replace(" ", "");
            String b = amended.block().get(FlowFieldLabel.CITATION).text().replace(" ", "");
            if (!a.equals(b)) {
                warnings.add(label + " の法令上の根拠が本文/別紙（" + (stated.line() + 1) + "行目）と変更箇所の変更後（"
                        + (amended.line() + 1) + "行目）で異なります。本文/別紙を採用しました");
            }
        }
    }

    private static void warnDuplicates(String label, List<Source> list, List<String> warnings) {
        for (Rank rank : new Rank[] {Rank.ANNEX, Rank.BODY}) {
            List<Source> same = list.stream().filter(s -> s.rank() == rank).toList();
            if (same.size() > 1) {
                warnings.add(label + " が" + (rank == Rank.ANNEX ? "別紙" : "本文") + "に重複して現れます（"
                        + String.join("、", same.stream().map(s -> (s.line() + 1) + "行目").toList())
                        + "）。最初の記載を優先しました");
            }
        }
    }

    private static void warnGaps(FlowKind kind, List<FlowRecord> records, List<String> warnings) {
        if (records.isEmpty()) {
            return;
        }
        int expected = 1;
        for (FlowRecord r : records) {
            for (; expected < r.ordinal(); expected++) {
                warnings.add(kind.recipientWord() + expected + " が見つかりません（番号の欠落）");
            }
            expected = r.ordinal() + 1;
        }
    }
}
