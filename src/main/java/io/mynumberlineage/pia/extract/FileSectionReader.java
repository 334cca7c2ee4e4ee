package io.mynumberlineage.pia.extract;

import io.mynumberlineage.pia.read.SourceLine;
import java.util.List;

/**
 * Section II, one file at a time: name, 対象となる本人の数, 記録項目, 入手 and 保管・消去. The
 * 提供・移転 and 委託 fields go to their own readers; captions and labels, not the sub-section
 * order, decide which (PDF pages print them out of order).
 */
final class FileSectionReader implements PartReader {

    private final FormState state;
    private final ProvisionReader provisions;
    private final EntrustmentReader entrustments;

    FileSectionReader(FormState state, ProvisionReader provisions, EntrustmentReader entrustments) {
        this.state = state;
        this.provisions = provisions;
        this.entrustments = entrustments;
    }

    @Override
    public void read(FormBlock b) {
        if (b.kind == FormBlock.Kind.NUMBERED) {
            heading(b);
            return;
        }
        if (state.position.currentFile == null) {
            state.position.currentFile = state.files.byName("(名称不明のファイル)", state.provenance(b, b.label));
            state.warn(b.path, "特定個人情報ファイル名より前に記載があります");
        }
        FileDraft f = state.position.currentFile;
        if (b.kind == FormBlock.Kind.ANCHOR) {
            if (b.label.startsWith("提供先") || b.label.startsWith("移転先")) {
                provisions.read(b, f);
            } else if (b.label.startsWith("委託事項")) {
                entrustments.read(b, f);
            } else {
                state.unparsed(b, "この位置の見出しは取り込み対象外です: " + b.label);
            }
            return;
        }
        if (ProvisionReader.isFlowField(b.key) || b.key.equals("提供・移転の有無")) {
            provisions.read(b, f);
        } else if (EntrustmentReader.isEntrustmentField(b.key)) {
            entrustments.read(b, f);
        } else {
            fileField(b, f);
        }
    }

    private void heading(FormBlock b) {
        if (!state.position.subKey().equals("特定個人情報ファイル名")) {
            state.emptyOrUnparsed(b);
            return;
        }
        List<String> names = FileDrafts.names(b.text());
        if (names.isEmpty()) {
            state.structural(b);
            return;
        }
        state.position.currentFile = state.files.byName(names.get(0), state.provenance(b, names.get(0)));
        state.place(b);
        if (names.size() > 1) {
            state.warn(b.path, "ファイル名の欄に複数の名前があります: " + names);
        }
    }

    private void fileField(FormBlock b, FileDraft f) {
        switch (b.key) {
            case "対象となる本人の数" -> {
                f.recordCountRange = FieldValues.selectionAcrossLines(b.text());
                if (f.recordCountRange == null) {
                    state.unparsed(b, "選択肢を読み取れません: " + b.plainLabel());
                } else {
                    state.place(b);
                }
            }
            case "主な記録項目" -> {
                f.items.addAll(FieldValues.ticked(b.flat()));
                state.place(b);
            }
            case "事務担当部署" -> {
                state.departments.add(b.flat());
                state.placeDocument(b);
            }
            case "入手元" -> {
                f.sources.addAll(FieldValues.ticked(b.flat()));
                f.sourcesProvenance = state.provenance(b, b.flat());
                state.place(b);
            }
            case "入手方法" -> {
                f.methods.addAll(FieldValues.ticked(b.flat()));
                state.place(b);
            }
            case "期間", "保管期間" -> retention(b, f);
            case "消去方法" -> {
                f.erasure = b.flat();
                state.place(b);
            }
            default -> state.noSuchField(b);
        }
    }

    private void retention(FormBlock b, FileDraft f) {
        String sel = FieldValues.selection(b.flat());
        String rest = FieldValues.withoutChoices(b.flat());
        if (sel == null && rest.isEmpty()) {
            state.unparsed(b, "保管期間の選択を読み取れません");
            return;
        }
        f.retentionPeriod = sel != null ? sel : FieldValues.clip(rest, 80);
        state.place(b);
    }

    /** 「提供を行っている (N) 件」: the counts the form states, to compare with the recipients read. */
    void statedCounts(SourceLine line) {
        String t = line.text();
        FileDraft file = state.position.currentFile;
        if (!t.contains("を行っている") || file == null) {
            return;
        }
        Integer provisionCount = FieldValues.provisionCount(t);
        if (provisionCount != null) {
            file.statedProvisions = provisionCount;
        }
        Integer transferCount = FieldValues.transferCount(t);
        if (transferCount != null) {
            file.statedTransfers = transferCount;
        }
    }
}
