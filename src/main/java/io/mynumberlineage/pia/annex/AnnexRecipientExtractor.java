package io.mynumberlineage.pia.annex;

import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.UnparsedRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reconstructs the numbered 提供先 / 移転先 lists that a 評価書 delegates to its 別紙, in number
 * order, from PDF-extracted text whose lines are wrapped and whose cells are out of order.
 *
 * <p>Three places of the form describe these recipients, and all are read: a 別紙 section
 * itself (「別紙1」 followed by 提供先N entries with the ①～⑦ field labels), the II-5 body of
 * the file that refers to the 別紙 (its first 提供先 slots), and the rows of the 変更箇所 table
 * whose 項目 names a 提供先N / 移転先N (their 変更後の記載 is the entry as it now stands; some
 * published documents contain nothing else of the 別紙). Structure is recognised only from the
 * form's headings and labels. Lines of a 別紙 recipient section that fit nowhere, and 変更箇所
 * cells that cannot be put back into a row, are returned as unparsed.
 */
public final class AnnexRecipientExtractor {

    private static final String BODY_PATH = "II/5/";
    private static final String CHANGES_PATH = "変更箇所/";

    /**
     * @param documentName the name provenance refers to
     * @param normalizedLines the document's lines after NFKC, not joined; index i is line i+1
     */
    public AnnexResult extract(String documentName, List<String> normalizedLines) {
        if (normalizedLines == null || normalizedLines.isEmpty()) {
            return AnnexResult.onlyWarnings(List.of("別紙: 入力が空のため提供先・移転先を再構成できません"));
        }
        List<String> lines = normalizedLines.stream().map(s -> s == null ? "" : s).toList();
        try {
            return new Run(documentName, lines).extract();
        } catch (RuntimeException e) {
            // a malformed document must never abort the whole import
            return AnnexResult.onlyWarnings(List.of("別紙の解析を中断しました: " + e));
        }
    }

    /**
     * The files (section II, by name as the form writes it, without its number: 「住民基本台帳ファイル」)
     * whose 提供・移転 section sends recipients to a 別紙 or states more than it shows; the
     * recipients {@link #extract} returns belong to these files. Empty when there is none.
     */
    public List<String> referringFiles(List<String> normalizedLines) {
        if (normalizedLines == null || normalizedLines.isEmpty()) {
            return List.of();
        }
        List<String> lines = normalizedLines.stream().map(s -> s == null ? "" : s).toList();
        try {
            return new Run("", lines).readDelegatingBodies().stream()
                    .map(DocumentOutline.FileSection::fileName).filter(java.util.Objects::nonNull).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static final class Run {
        private final String documentName;
        private final List<String> lines;
        private final PageFurniture furniture;
        private final RecipientBlockCollector collector;
        private final RecipientAssembler assembler;
        private final List<UnparsedRecord> unparsed = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Run(String documentName, List<String> lines) {
            this.documentName = documentName;
            this.lines = lines;
            this.furniture = PageFurniture.of(lines);
            this.collector = new RecipientBlockCollector(lines, furniture);
            this.assembler = new RecipientAssembler(documentName);
        }

        AnnexResult extract() {
            boolean annexFound = readAnnexSections();
            List<DocumentOutline.FileSection> delegating = readDelegatingBodies();
            if (annexFound || !delegating.isEmpty()) {
                readChangeRows(delegating);
            } else {
                warnings.add("別紙: 提供先・移転先の一覧を持つ別紙も、別紙を参照する提供・移転欄も見つかりません");
            }
            List<FlowRecord> provisions = assembler.build(FlowKind.PROVISION, warnings);
            List<FlowRecord> transfers = assembler.build(FlowKind.TRANSFER, warnings);
            compareWithStatedCounts(delegating, provisions.size(), transfers.size());
            return new AnnexResult(provisions, transfers, unparsed, warnings);
        }

        /** Real 別紙 sections holding recipient entries. */
        private boolean readAnnexSections() {
            boolean found = false;
            for (DocumentOutline.AnnexSection section : DocumentOutline.annexSections(lines)) {
                RecipientBlockCollector.Collected collected = collector.collect(section.headingLine() + 1, section.to());
                boolean recipientList = collected.blocks().stream().anyMatch(b -> b.heading() != null);
                if (!recipientList) {
                    continue; // a 別紙 about something else (an overview, a flow chart …)
                }
                found = true;
                String path = "別紙" + section.number();
                for (RecipientBlock block : collected.blocks()) {
                    if (block.heading() == null) {
                        block.lines().stream().sorted().forEach(i -> unparsed(i, path, "別紙: 提供先・移転先の番号に結び付かない項目"));
                        continue;
                    }
                    add(block, RecipientAssembler.Rank.ANNEX, null, path + "/" + block.heading().label(), block.headingLine(), false);
                }
                collected.strayLines().forEach(i -> unparsed(i, path, "別紙: 提供先・移転先のどの項目にも配置できない行"));
            }
            return found;
        }

        /** II-5 of each file that sends (part of) its recipients to a 別紙. */
        private List<DocumentOutline.FileSection> readDelegatingBodies() {
            List<DocumentOutline.FileSection> delegating = new ArrayList<>();
            for (DocumentOutline.FileSection file : DocumentOutline.fileSections(lines)) {
                RecipientBlockCollector.Collected collected = collector.collect(file.from(), file.to());
                int maxOrdinal = collected.blocks().stream().filter(b -> b.heading() != null)
                        .mapToInt(b -> b.heading().ordinal()).max().orElse(0);
                boolean refers = false;
                for (int i = file.from(); i < file.to(); i++) {
                    String s = lines.get(i);
                    if ((s.contains("提供") || s.contains("移転")) && RecipientHeading.isReference(s)) {
                        refers = true;
                        break;
                    }
                }
                boolean moreThanShown = (file.statedProvisions() != null && file.statedProvisions() > maxOrdinal)
                        || (file.statedTransfers() != null && file.statedTransfers() > maxOrdinal);
                if (!refers && !moreThanShown) {
                    continue;
                }
                delegating.add(file);
                for (RecipientBlock block : collected.blocks()) {
                    if (block.heading() == null) {
                        if (!block.fields().isEmpty()) {
                            warnings.add("本文II-5: 提供先・移転先の番号に結び付かない項目群があります（" + (block.firstLine() + 1) + "行目付近）");
                        }
                        continue;
                    }
                    add(block, RecipientAssembler.Rank.BODY, null, BODY_PATH + block.heading().label(), block.headingLine(), false);
                }
            }
            if (delegating.size() > 1) {
                warnings.add("別紙: 複数のファイルが別紙を参照しています。提供先・移転先の番号はファイルごとに区別されません");
            }
            return delegating;
        }

        private void readChangeRows(List<DocumentOutline.FileSection> delegating) {
            Set<String> files = new HashSet<>();
            delegating.forEach(f -> {
                if (f.fileName() != null) {
                    files.add(f.fileName());
                }
            });
            ChangeTableReader.Reading reading = new ChangeTableReader(lines, furniture).read();
            int otherFiles = 0;
            for (ChangeTableReader.Row row : reading.rows()) {
                if (row.heading == null) {
                    continue;
                }
                if (row.fileLabel != null && !files.isEmpty() && !files.contains(row.fileLabel)) {
                    otherFiles++;
                    continue;
                }
                var after = row.after();
                if (after.isEmpty()) {
                    warnings.add("変更箇所: " + row.heading.label() + " の行に記載セルがありません（" + (row.pathLine + 1) + "行目）");
                    continue;
                }
                RecipientBlock block = CellFields.parse(after.get().texts(), after.get().lines(), row.field);
                add(block, RecipientAssembler.Rank.AMENDMENT, row, CHANGES_PATH + row.heading.label(), row.pathLine, row.deletes());
            }
            if (otherFiles > 0) {
                warnings.add("変更箇所: 別紙を参照しないファイルの提供先・移転先の行 " + otherFiles + " 件は対象外としました");
            }
            for (ChangeTableReader.Cell cell : reading.unplacedCells()) {
                unparsed.add(new UnparsedRecord(cell.text(), "変更箇所: どの提供先・移転先の行にも戻せないセル",
                        new Provenance(documentName, CHANGES_PATH.substring(0, CHANGES_PATH.length() - 1), cell.first() + 1,
                                PdfLineJoiner.collapseSpaces(cell.texts().get(0)))));
            }
            warnings.addAll(reading.warnings());
        }

        private void add(RecipientBlock block, RecipientAssembler.Rank rank, ChangeTableReader.Row row, String path,
                int line, boolean deletes) {
            RecipientHeading heading = row != null ? row.heading : block.heading();
            String quote = PdfLineJoiner.collapseSpaces(lines.get(line));
            assembler.add(heading.kind(), heading.ordinal(), new RecipientAssembler.Source(
                    block, rank, row != null ? row.date : null, path, line, quote, deletes));
        }

        private void unparsed(int line, String path, String reason) {
            String text = PdfLineJoiner.collapseSpaces(lines.get(line));
            unparsed.add(new UnparsedRecord(text, reason, new Provenance(documentName, path, line + 1, text)));
        }

        private void compareWithStatedCounts(List<DocumentOutline.FileSection> delegating, int provisions, int transfers) {
            for (DocumentOutline.FileSection file : delegating) {
                check("提供", file.statedProvisions(), provisions);
                check("移転", file.statedTransfers(), transfers);
            }
        }

        private void check(String kind, Integer stated, int found) {
            if (stated != null && stated != found) {
                warnings.add("別紙: 本文の「" + kind + "を行っている（" + stated + "）件」と再構成した" + kind + "先の数（"
                        + found + "件）が一致しません");
            }
        }
    }
}
