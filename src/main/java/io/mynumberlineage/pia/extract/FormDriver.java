package io.mynumberlineage.pia.extract;

import io.mynumberlineage.pia.extract.FormVocabulary.Heading;
import io.mynumberlineage.pia.extract.FormVocabulary.Numbered;
import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import io.mynumberlineage.pia.read.PiaDocument;
import io.mynumberlineage.pia.read.SourceLine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one document line by line: recognises the form's events (part headings, numbered
 * sub-sections, captions such as 提供先3, labelled fields, table rows) and hands each finished
 * block to the reader of the part it stands in. One instance per document.
 */
final class FormDriver {

    private static final Pattern TITLE_TAIL = Pattern.compile("^\\s*(?:[(（【][^)）】]*[)）】]\\s*|※[^\\[]*)*$");
    private static final Pattern CHOICE_LINE = Pattern.compile("^(?:[<＜]選択肢[>＞]|\\d\\)\\s*\\S.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:\\-]*$");

    private final FormState state;
    private final FormPosition position;
    final CoverReader cover;
    final BasicInfoReader basic;
    final ProvisionReader provisions;
    final EntrustmentReader entrustments;
    private final FileSectionReader files;
    final RiskReader risks;
    final ClosingTextReader closing;
    private final RecordItemsReader recordItems;
    private final SummaryReader summary;
    final ChangeRowReader changes;

    private Part partBeforeToc = Part.PREAMBLE;
    private final Set<String> tocEntries = new LinkedHashSet<>();
    private List<String> tableHeader;
    private boolean headerForOneRow;
    private FormBlock open;
    private boolean bodySeen;
    boolean formRecognised;

    FormDriver(PiaDocument doc, AnnexRecipients annex) {
        this.state = new FormState(doc);
        this.position = state.position;
        this.cover = new CoverReader(state);
        this.basic = new BasicInfoReader(state);
        this.provisions = new ProvisionReader(state, annex);
        this.entrustments = new EntrustmentReader(state);
        this.files = new FileSectionReader(state, provisions, entrustments);
        this.risks = new RiskReader(state);
        this.closing = new ClosingTextReader(state);
        this.recordItems = new RecordItemsReader(state);
        this.summary = new SummaryReader(state);
        this.changes = new ChangeRowReader(state);
    }

    FormState state() {
        return state;
    }

    /** Reads every line, then lets the readers hand over what is still waiting. */
    void readAll() {
        for (SourceLine line : state.doc.lines()) {
            step(line);
        }
        flush();
        provisions.flushPending();
        entrustments.flushPending();
        provisions.mergeAnnexRecipients();
    }

    private void step(SourceLine line) {
        String text = line.text();
        if (line.cells().isEmpty() || (text.indexOf('-') >= 0 && TABLE_RULE.matcher(text).matches())) {
            state.ledger.structural(line);
            return;
        }
        if (position.part == Part.FILES || position.part == Part.PREAMBLE) {
            files.statedCounts(line);
        }
        if (position.part == Part.CHANGES) {
            if (changes.header(line)) {
                return;
            }
            if (ChangeRowReader.isRow(line)) {
                flush();
                changes.row(line);
                return;
            }
        }
        if (tableHeader != null && tableRow(line)) {
            return;
        }
        String first = line.firstCell();
        if ((line.cells().size() == 1 || first.length() <= 60) && headingLine(line, first)) {
            return;
        }
        if (position.part == Part.TOC) {
            // The table of contents ends at the first line that is not a heading.
            position.part = partBeforeToc;
            position.partLabel = position.part == Part.PREAMBLE ? "前文" : position.partLabel;
        }
        if (position.part == Part.CHANGES) {
            flush();
            state.unparsed(line, "変更箇所の表の行を復元できません");
            return;
        }
        if (structureLine(line, first)) {
            return;
        }
        FormBlock field = field(line);
        if (field != null) {
            flush();
            open = field;
            return;
        }
        if (open != null && isFragment(line) && !acceptsFragment(open, line)) {
            // PDF layout debris (stray brackets, choice lists) must not pollute a text value.
            if (CHOICE_LINE.matcher(line.firstCell()).matches()) {
                state.ledger.structural(line);
            } else {
                state.unparsed(line, "PDF のレイアウト断片 (どの項目の値か特定できません)");
            }
            return;
        }
        if (open != null) {
            open.append(line);
            return;
        }
        orphan(line);
    }

    /** 項目一覧 and the roman / 別添 part headings; true when the line was one. */
    private boolean headingLine(SourceLine line, String first) {
        String text = line.text();
        if (text.length() <= 8 && FormVocabulary.compact(text).equals("項目一覧")) {
            flush();
            partBeforeToc = position.part;
            position.part = Part.TOC;
            position.partLabel = "項目一覧";
            state.ledger.structural(line);
            formRecognised = true;
            return true;
        }
        // 変更箇所 is the form's last part and its rows quote headings; only a scrambled
        // table of contents (PDF) can put it before the body.
        boolean headingsAllowed = line.cells().size() == 1 && (position.part != Part.CHANGES || !bodySeen);
        if (!headingsAllowed) {
            return false;
        }
        Heading roman = FormVocabulary.roman(first);
        if (roman != null && headingStep(roman, line)) {
            return true;
        }
        Heading appendix = FormVocabulary.appendix(first);
        return appendix != null && headingStep(appendix, line);
    }

    /** Numbered sub-sections, captions (提供先N …), リスクN and (N) summary items; true when the line was one. */
    private boolean structureLine(SourceLine line, String first) {
        Part part = position.part;
        Numbered numbered = FormVocabulary.numbered(first);
        if (numbered != null && (part != Part.ANNEX || isSummary(numbered.key()))) {
            flush();
            startNumbered(numbered, line);
            return true;
        }
        Matcher anchor = (first.startsWith("提供先") || first.startsWith("移転先") || first.startsWith("システム")
                || first.startsWith("委託事項"))
                ? FormVocabulary.ANCHOR.matcher(line.text().replace('\t', ' ')) : null;
        if (anchor != null && anchor.matches() && part != Part.ANNEX && part != Part.PREAMBLE) {
            flush();
            anchorStep(anchor, line);
            return true;
        }
        Matcher risk = first.startsWith("リスク") ? FormVocabulary.RISK.matcher(first) : null;
        if (risk != null && risk.matches() && part == Part.RISK) {
            flush();
            position.riskAnchor = "リスク" + risk.group(1);
            String rest = (risk.group(2) + " " + String.join(" ", line.cells().subList(1, line.cells().size()))).trim();
            open = new FormBlock(FormBlock.Kind.RISK, position.riskAnchor, rest, line, state.path(position.riskAnchor));
            return true;
        }
        Matcher item = first.startsWith("(") ? FormVocabulary.SUMMARY_ITEM.matcher(first) : null;
        if (item != null && item.matches() && (part == Part.SUMMARY_SYSTEMS || part == Part.SUMMARY_FILES
                || part == Part.SUMMARY_RISK || part == Part.RECORD_ITEMS)) {
            flush();
            String label = "(" + item.group(1) + ")";
            open = new FormBlock(FormBlock.Kind.ITEM, label, item.group(2), line, state.path(label));
            return true;
        }
        return false;
    }

    private static boolean isFragment(SourceLine line) {
        String t = line.text();
        if (t.startsWith("[") || t.startsWith("]")) {
            return true;
        }
        if (t.length() <= 2) {
            return !Character.isDigit(t.charAt(0));
        }
        char c = t.charAt(0);
        return (c == '<' || c == '＜' || Character.isDigit(c)) && CHOICE_LINE.matcher(line.firstCell()).matches();
    }

    /** Tick-box and selection fields take the bracket lines that follow them; text fields do not. */
    private static boolean acceptsFragment(FormBlock b, SourceLine line) {
        String v = b.raw();
        String t = line.text();
        boolean selectionOpen = v.contains("[") || v.contains("選択肢");
        if (t.startsWith("]")) {
            return selectionOpen;
        }
        if (t.codePointCount(0, t.length()) <= 2) {
            return v.lastIndexOf('(') > v.lastIndexOf(')');
        }
        return v.isBlank() || selectionOpen || v.startsWith("※");
    }

    private static boolean isSummary(String key) {
        return key.equals("特定個人情報ファイルを利用するシステム") || key.equals("特定個人情報ファイルを使用するシステム")
                || key.equals("特定個人情報ファイルの概要") || key.equals("リスク対策の概要");
    }

    private boolean headingStep(Heading heading, SourceLine line) {
        if (position.part == Part.TOC) {
            if (!tocEntries.add(heading.label() + heading.part())) {
                // The same heading again: the table of contents is over and the body begins.
                position.part = partBeforeToc;
            } else {
                state.ledger.structural(line);
                return true;
            }
        }
        flush();
        formRecognised = true;
        Part part = heading.part();
        position.part = part;
        position.partLabel = heading.label();
        bodySeen |= part == Part.BASIC || part == Part.FILES || part == Part.RISK;
        position.sub = null;
        position.anchor = null;
        position.riskAnchor = null;
        provisions.leaveSection();
        entrustments.leaveSection();
        tableHeader = null;
        if (part == Part.CHANGES) {
            changes.restart();
        }
        if (part == Part.RISK) {
            position.currentFile = null;
        }
        state.ledger.structural(line);
        return true;
    }

    private void startNumbered(Numbered numbered, SourceLine line) {
        formRecognised = true;
        position.sub = numbered;
        position.anchor = null;
        position.riskAnchor = null;
        Part part = position.part;
        if (isSummary(numbered.key()) && part != Part.BASIC && part != Part.FILES && part != Part.RISK) {
            position.part = numbered.key().contains("システム") ? Part.SUMMARY_SYSTEMS
                    : numbered.key().contains("リスク") ? Part.SUMMARY_RISK : Part.SUMMARY_FILES;
            position.partLabel = "概要";
        }
        String tail = numbered.title().substring(Math.min(numbered.title().length(), numbered.key().length()));
        if (TITLE_TAIL.matcher(tail).matches()) {
            // 「(委託に伴うものを除く。)」「【任意】」 qualify the heading; they are not a value.
            tail = "";
        }
        String value = (tail + " " + String.join(" ", line.cells().subList(1, line.cells().size()))).trim();
        open = new FormBlock(FormBlock.Kind.NUMBERED, numbered.key(), value, line, state.path(null));
    }

    private void anchorStep(Matcher m, SourceLine line) {
        formRecognised = true;
        String kind = m.group(1);
        if (m.group(3) != null) {
            // 「提供先2~5」: a group caption of the form, not a recipient.
            state.ledger.structural(line);
            if (!m.group(4).isBlank()) {
                state.unparsed(line, "見出しに続く記載: " + kind);
            }
            return;
        }
        position.anchor = kind + Integer.parseInt(m.group(2));
        open = new FormBlock(FormBlock.Kind.ANCHOR, position.anchor, m.group(4), line, state.path(position.anchor));
    }

    /** A label/value line: circled-number label, plain label, or a two-cell table row. */
    private FormBlock field(SourceLine line) {
        List<String> cells = line.cells();
        for (int i = 0; i < Math.min(2, cells.size()); i++) {
            String c = cells.get(i);
            if (!c.isEmpty() && FormVocabulary.isCircled(c.codePointAt(0))) {
                Matcher m = FormVocabulary.CIRCLED_LABEL.matcher(c);
                if (m.matches()) {
                    String label = m.group(1) + m.group(2);
                    String value = (m.group(3) + " " + String.join(" ", cells.subList(i + 1, cells.size()))).trim();
                    formRecognised = true;
                    return new FormBlock(FormBlock.Kind.FIELD, label, value, line, state.path(label));
                }
            }
        }
        String first = cells.get(0);
        if (FormVocabulary.isPlainLabel(first)) {
            formRecognised = true;
            return plainLabelField(line, cells, first);
        }
        if (cells.size() == 1) {
            String l = FormVocabulary.plainLabelPrefix(first);
            if (l != null) {
                formRecognised = true;
                String value = first.substring(l.length()).replaceFirst("^\\s*※?\\s*", "");
                return new FormBlock(FormBlock.Kind.FIELD, l, value, line, state.path(l));
            }
            return null;
        }
        if (first.length() <= 40 && !first.endsWith("。") && !Character.isDigit(first.charAt(0))
                && "[<＜(・-—".indexOf(first.charAt(0)) < 0 && !CHOICE_LINE.matcher(first).matches()) {
            return new FormBlock(FormBlock.Kind.FIELD, first, String.join(" ", cells.subList(1, cells.size())), line,
                    state.path(first));
        }
        return null;
    }

    private FormBlock plainLabelField(SourceLine line, List<String> cells, String first) {
        if (cells.size() > 1 && FormVocabulary.isPlainLabel(cells.get(1)) && cells.size() <= 6
                && cells.stream().allMatch(FormVocabulary::isPlainLabel)) {
            // A row of labels heads a table whose next row holds the values.
            tableHeader = cells;
            headerForOneRow = true;
            state.ledger.structural(line);
            flush();
            return null;
        }
        if (cells.size() > 1 && !FormVocabulary.isPlainLabel(cells.get(1)) && !cells.get(1).startsWith("①")) {
            return new FormBlock(FormBlock.Kind.FIELD, first, String.join(" ", cells.subList(1, cells.size())), line,
                    state.path(first));
        }
        if (cells.size() > 1) {
            // 「再委託 ④再委託の有無 …」: a group caption before the real label.
            return null;
        }
        return new FormBlock(FormBlock.Kind.FIELD, first, "", line, state.path(first));
    }

    private boolean tableRow(SourceLine line) {
        List<String> header = tableHeader;
        if (headerForOneRow) {
            tableHeader = null;
        }
        if (line.cells().size() != header.size()) {
            return false;
        }
        flush();
        for (int i = 0; i < header.size(); i++) {
            dispatch(new FormBlock(FormBlock.Kind.FIELD, header.get(i), line.cells().get(i), line, state.path(header.get(i))));
        }
        return true;
    }

    private void flush() {
        if (open != null) {
            FormBlock b = open;
            open = null;
            dispatch(b);
        }
    }

    private void dispatch(FormBlock b) {
        if (position.part == Part.PREAMBLE || position.part == Part.TOC) {
            cover.scanKinds(b.label);
        }
        if (b.kind == FormBlock.Kind.FIELD && (b.text().isEmpty() && b.lines.size() == 1 || FormVocabulary.isDash(b.text()))) {
            state.structural(b);
            return;
        }
        switch (position.part) {
            case PREAMBLE, TOC -> cover.read(b);
            case BASIC -> basic.read(b);
            case FILES -> files.read(b);
            case RISK -> risks.read(b);
            case DISCLOSURE -> closing.readDisclosure(b);
            case PROCEDURE -> closing.readProcedure(b);
            case RECORD_ITEMS -> recordItems.read(b);
            case SUMMARY_SYSTEMS -> summary.readSystems(b);
            case SUMMARY_FILES -> summary.readFiles(b);
            case SUMMARY_RISK -> risks.readSummary(b);
            case ANNEX -> state.unparsed(b, "別紙の記載 (別紙の一覧は別途抽出)");
            default -> state.unparsed(b, "この位置の記載は取り込み対象外です");
        }
    }

    /** A line that belongs to no open field. */
    private void orphan(SourceLine line) {
        if ((position.part == Part.PREAMBLE || position.part == Part.TOC) && cover.loneLine(line)) {
            return;
        }
        if (CHOICE_LINE.matcher(line.firstCell()).matches()) {
            state.ledger.structural(line);
            return;
        }
        if (position.part == Part.RECORD_ITEMS) {
            recordItems.read(new FormBlock(FormBlock.Kind.FIELD, "", line.text(), line, state.path(null)));
            return;
        }
        state.unparsed(line, "どの項目にも属さない記載");
    }
}
