package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.AcquisitionRecord;
import io.mynumberlineage.manifest.ChangeRecord;
import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.manifest.AssessmentKeys;
import io.mynumberlineage.manifest.DocumentInfo;
import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.ParseReport;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.manifest.RiskMeasureRecord;
import io.mynumberlineage.manifest.SystemRecord;
import io.mynumberlineage.manifest.TextRecord;
import io.mynumberlineage.manifest.UnparsedRecord;
import io.mynumberlineage.pia.extract.FormVocabulary.Heading;
import io.mynumberlineage.pia.extract.FormVocabulary.Numbered;
import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import io.mynumberlineage.pia.read.PiaDocument;
import io.mynumberlineage.pia.read.SourceLine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a read 評価書 into a {@link Manifest}. Structure is recognised from the form's headings
 * (I 基本情報, II 特定個人情報ファイルの概要 …, 別添, 別紙) and field labels (①②③…, plain labels),
 * so documents from any municipality work. Every record carries provenance; whatever is not
 * placed goes to {@code unparsed}. One instance is stateless and may be shared.
 */
public final class PiaExtractor {

    private final AnnexRecipients annex;

    public PiaExtractor() {
        this(AnnexRecipients.NONE);
    }

    /** @param annex where 提供先/移転先 listed in a 別紙 come from (see {@link AnnexRecipients}) */
    public PiaExtractor(AnnexRecipients annex) {
        this.annex = annex;
    }

    public Extraction extract(PiaDocument doc) {
        Extraction extraction = new Run(doc, annex).run();
        // Issue 18 hook: where each system runs, read by a class of its own.
        var manifest = FileHoldingReader.apply(doc, SystemHostingReader.apply(doc, extraction.manifest()));
        return new Extraction(manifest, extraction.coverage(), extraction.formRecognised());
    }

    /** A label with its value: the unit the form is made of. */
    private static final class Block {
        final String label;
        final String key;
        final StringBuilder value = new StringBuilder();
        final int line;
        final List<SourceLine> lines = new ArrayList<>();
        final String path;
        final String quote;
        final Kind kind;

        enum Kind { FIELD, NUMBERED, ANCHOR, RISK, ITEM }

        Block(Kind kind, String label, String value, SourceLine source, String path) {
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

        private String text;
        private String flat;

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
    }

    private static final class FileBuilder {
        final int ordinal;
        String name;
        Provenance provenance;
        String recordCountRange;
        final Set<String> items = new LinkedHashSet<>();
        String retentionPeriod;
        String erasure;
        Integer statedProvisions;
        Integer statedTransfers;
        final List<String> sources = new ArrayList<>();
        Provenance sourcesProvenance;
        final List<String> methods = new ArrayList<>();
        boolean annexReferenced;

        FileBuilder(int ordinal, String name, Provenance provenance) {
            this.ordinal = ordinal;
            this.name = name;
            this.provenance = provenance;
        }
    }

    private static final class SystemBuilder {
        final int ordinal;
        final String name;
        final Provenance provenance;
        final List<String> functions = new ArrayList<>();
        final List<String> connections = new ArrayList<>();

        SystemBuilder(int ordinal, String name, Provenance provenance) {
            this.ordinal = ordinal;
            this.name = name;
            this.provenance = provenance;
        }
    }

    private static final class FlowBuilder {
        final FileBuilder file;
        final String kind;
        final Integer ordinal;
        final String recipient;
        final Provenance provenance;
        final List<String> citations = new ArrayList<>();
        final Set<String> beppyo = new LinkedHashSet<>();
        String purpose;
        final List<String> items = new ArrayList<>();
        final List<String> methods = new ArrayList<>();
        String frequency;
        String recordCount;

        FlowBuilder(FileBuilder file, String kind, Integer ordinal, String recipient, Provenance provenance) {
            this.file = file;
            this.kind = kind;
            this.ordinal = ordinal;
            this.recipient = recipient;
            this.provenance = provenance;
        }
    }

    private static final class EntrustmentBuilder {
        final FileBuilder file;
        final Integer ordinal;
        final String title;
        final Provenance provenance;
        String detail;
        String contractor;
        String subcontracting;
        String approval;
        String subWork;
        Provenance subProvenance;

        EntrustmentBuilder(FileBuilder file, Integer ordinal, String title, Provenance provenance) {
            this.file = file;
            this.ordinal = ordinal;
            this.title = title;
            this.provenance = provenance;
        }
    }

    private static final Pattern ORG_HEAD = Pattern.compile("^(\\S{1,15}?(?:市|町|村|区|都|道|府|県))長$");
    private static final Pattern POSTAL_MUNICIPALITY = Pattern.compile(
            "〒\\s*\\d{3}-\\d{4}\\s*(?:\\S{2,3}?[都道府県](?=\\S{1,6}?[市町村]))?(\\S{1,6}?[市町村])");
    private static final Pattern BRACKETED_FILE = Pattern.compile("^【\\s*(?:\\d{1,2}\\s*[.．]\\s*)?([^】]{2,40})】\\s*");
    private static final Pattern TITLE_TAIL = Pattern.compile("^\\s*(?:[(（【][^)）】]*[)）】]\\s*|※[^\\[]*)*$");
    private static final Pattern KIND = Pattern.compile("(基礎項目|重点項目|全項目)評価書");
    private static final Pattern FORM_VERSION = Pattern.compile("^\\[?\\s*(.{0,20}様式\\s*\\d+)\\s*\\]?$");
    private static final Pattern FILE_NAME_ITEM = Pattern.compile(
            "(?:^|\\s)\\(?\\d{1,2}\\s*[.．)]?\\s*([^\\s\\d][^\\n]*?)(?=\\s+\\(?\\d{1,2}\\s*[.．)]?\\s*[^\\s\\d]|\\n|$)");
    private static final Pattern ANNEX_REFERENCE = Pattern.compile("別紙\\s*\\d*");
    private static final Pattern CHOICE_LINE = Pattern.compile("^(?:[<＜]選択肢[>＞]|\\d\\)\\s*\\S.*)$");
    private static final Pattern NUMBERED_FUNCTION = Pattern.compile("(?:^|\\s)(?:\\d{1,2}\\s*[.．]?\\s+|[\\u2460-\\u2473]|・)");
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:\\-]*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[\\s()\\[\\]x件.]*$");

    private static final class Run {
        private final PiaDocument doc;
        private final BitSet placed = new BitSet();
        private final BitSet unparsedLines = new BitSet();
        private final BitSet structural = new BitSet();
        private final List<String> warnings = new ArrayList<>();
        private final Map<String, int[]> sectionCounts = new java.util.HashMap<>();

        // document metadata
        private String title;
        private String number;
        private String organization;
        private final List<String> orgHeads = new ArrayList<>();
        private final Set<String> kinds = new LinkedHashSet<>();
        private String formVersion;
        private String processName;
        private String publishedOn;
        private String approvedOn;
        private final Set<String> departments = new LinkedHashSet<>();
        private String departmentHead;
        private Provenance departmentHeadProvenance;
        private final List<BasisBlock> basisBlocks = new ArrayList<>();
        private Provenance documentProvenance;
        private boolean formRecognised;

        // records
        private final List<SystemBuilder> systems = new ArrayList<>();
        private final List<FileBuilder> files = new ArrayList<>();
        private final List<FlowBuilder> flows = new ArrayList<>();
        private final List<EntrustmentBuilder> entrustments = new ArrayList<>();
        private final List<CitationRecord> useBases = new ArrayList<>();
        private final List<RiskMeasureRecord> risks = new ArrayList<>();
        private final List<TextRecord> reviews = new ArrayList<>();
        private final List<TextRecord> contacts = new ArrayList<>();
        private final List<ChangeRecord> changes = new ArrayList<>();
        private final List<UnparsedRecord> unparsed = new ArrayList<>();

        // position in the form
        private Part part = Part.PREAMBLE;
        private Part partBeforeToc = Part.PREAMBLE;
        private String partLabel = "前文";
        private final Set<String> tocEntries = new LinkedHashSet<>();
        private Numbered sub;
        private String anchor;
        private String riskAnchor;
        private FileBuilder currentFile;
        private FileBuilder itemsFile;
        private FlowBuilder currentFlow;
        private EntrustmentBuilder currentEntrustment;
        private Integer pendingSystemOrdinal;
        private List<String> tableHeader;
        private boolean headerForOneRow;
        private String lastChangeDate;
        private Block open;
        private boolean bodySeen;
        private final List<Block> pendingFlowFields = new ArrayList<>();
        private final List<Block> pendingEntrustmentFields = new ArrayList<>();

        private final AnnexRecipients annex;
        private FileBuilder annexTarget;
        private final List<FlowRecord> annexFlows = new ArrayList<>();

        Run(PiaDocument doc, AnnexRecipients annex) {
            this.doc = doc;
            this.annex = annex;
        }

        Extraction run() {
            for (SourceLine line : doc.lines()) {
                step(line);
            }
            flush();
            flushPendingFlowFields();
            flushPendingEntrustmentFields();
            mergeAnnexRecipients();
            FormFacts facts = new FormFactsReader().read(doc);
            complete(facts);
            catchUnclaimedLines();
            LineCoverage cov = coverage();
            return new Extraction(build(cov, facts), cov, formRecognised);
        }

        // -------------------- classification

        private void step(SourceLine line) {
            String text = line.text();
            if (line.cells().isEmpty() || (text.indexOf('-') >= 0 && TABLE_RULE.matcher(text).matches())) {
                mark(structural, line);
                return;
            }
            if (part == Part.FILES || part == Part.PREAMBLE) {
                captureStatedCounts(line);
            }
            if (part == Part.CHANGES) {
                if (changeStep(line)) {
                    return;
                }
            }
            if (tableHeader != null) {
                if (tableRow(line)) {
                    return;
                }
            }
            String first = line.firstCell();
            if (line.cells().size() == 1 || first.length() <= 60) {
                if (text.length() <= 8 && FormVocabulary.compact(text).equals("項目一覧")) {
                    flush();
                    partBeforeToc = part;
                    part = Part.TOC;
                    partLabel = "項目一覧";
                    mark(structural, line);
                    formRecognised = true;
                    return;
                }
                // 変更箇所 is the form's last part and its rows quote headings; only a scrambled
                // table of contents (PDF) can put it before the body.
                boolean headingsAllowed = line.cells().size() == 1 && (part != Part.CHANGES || !bodySeen);
                Heading roman = headingsAllowed ? FormVocabulary.roman(first) : null;
                if (roman != null && headingStep(roman, line)) {
                    return;
                }
                Heading appendix = headingsAllowed ? FormVocabulary.appendix(first) : null;
                if (appendix != null && headingStep(appendix, line)) {
                    return;
                }
            }
            if (part == Part.TOC) {
                // The table of contents ends at the first line that is not a heading.
                part = partBeforeToc;
                partLabel = part == Part.PREAMBLE ? "前文" : partLabel;
            }
            if (part == Part.CHANGES) {
                flush();
                unparsed(line, "変更箇所の表の行を復元できません");
                return;
            }
            Numbered numbered = FormVocabulary.numbered(first);
            if (numbered != null && part != Part.ANNEX || numbered != null && isSummary(numbered.key())) {
                flush();
                startNumbered(numbered, line);
                return;
            }
            Matcher anchorMatcher = (first.startsWith("提供先") || first.startsWith("移転先") || first.startsWith("システム")
                    || first.startsWith("委託事項"))
                    ? FormVocabulary.ANCHOR.matcher(text.replace('\t', ' ')) : null;
            if (anchorMatcher != null && anchorMatcher.matches() && part != Part.ANNEX && part != Part.PREAMBLE) {
                flush();
                anchorStep(anchorMatcher, line);
                return;
            }
            Matcher risk = first.startsWith("リスク") ? FormVocabulary.RISK.matcher(first) : null;
            if (risk != null && risk.matches() && part == Part.RISK) {
                flush();
                riskAnchor = "リスク" + risk.group(1);
                String rest = (risk.group(2) + " " + String.join(" ", line.cells().subList(1, line.cells().size()))).trim();
                open = new Block(Block.Kind.RISK, riskAnchor, rest, line, path(riskAnchor));
                return;
            }
            Matcher item = first.startsWith("(") ? FormVocabulary.SUMMARY_ITEM.matcher(first) : null;
            if (item != null && item.matches() && (part == Part.SUMMARY_SYSTEMS || part == Part.SUMMARY_FILES
                    || part == Part.SUMMARY_RISK || part == Part.RECORD_ITEMS)) {
                flush();
                open = new Block(Block.Kind.ITEM, "(" + item.group(1) + ")", item.group(2), line, path("(" + item.group(1) + ")"));
                return;
            }
            Block field = field(line);
            if (field != null) {
                flush();
                open = field;
                return;
            }
            if (open != null && isFragment(line) && !acceptsFragment(open, line)) {
                // PDF layout debris (stray brackets, choice lists) must not pollute a text value.
                if (CHOICE_LINE.matcher(line.firstCell()).matches()) {
                    mark(structural, line);
                } else {
                    unparsed(line, "PDF のレイアウト断片 (どの項目の値か特定できません)");
                }
                return;
            }
            if (open != null) {
                open.append(line);
                return;
            }
            orphan(line);
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
        private static boolean acceptsFragment(Block b, SourceLine line) {
            String v = b.value.toString();
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
            if (part == Part.TOC) {
                if (!tocEntries.add(heading.label() + heading.part())) {
                    // The same heading again: the table of contents is over and the body begins.
                    part = partBeforeToc;
                } else {
                    mark(structural, line);
                    return true;
                }
            }
            flush();
            formRecognised = true;
            part = heading.part();
            partLabel = heading.label();
            bodySeen |= part == Part.BASIC || part == Part.FILES || part == Part.RISK;
            sub = null;
            anchor = null;
            riskAnchor = null;
            currentFlow = null;
            currentEntrustment = null;
            tableHeader = null;
            if (part == Part.CHANGES) {
                lastChangeDate = null;
            }
            if (part == Part.RISK) {
                currentFile = null;
            }
            mark(structural, line);
            return true;
        }

        private void startNumbered(Numbered numbered, SourceLine line) {
            formRecognised = true;
            sub = numbered;
            anchor = null;
            riskAnchor = null;
            if (isSummary(numbered.key()) && part != Part.BASIC && part != Part.FILES && part != Part.RISK) {
                part = numbered.key().contains("システム") ? Part.SUMMARY_SYSTEMS
                        : numbered.key().contains("リスク") ? Part.SUMMARY_RISK : Part.SUMMARY_FILES;
                partLabel = "概要";
            }
            String tail = numbered.title().substring(Math.min(numbered.title().length(), numbered.key().length()));
            if (TITLE_TAIL.matcher(tail).matches()) {
                // 「(委託に伴うものを除く。)」「【任意】」 qualify the heading; they are not a value.
                tail = "";
            }
            String value = (tail + " " + String.join(" ", line.cells().subList(1, line.cells().size()))).trim();
            open = new Block(Block.Kind.NUMBERED, numbered.key(), value, line, path(null));
        }

        private void anchorStep(Matcher m, SourceLine line) {
            formRecognised = true;
            String kind = m.group(1);
            if (m.group(3) != null) {
                // 「提供先2~5」: a group caption of the form, not a recipient.
                mark(structural, line);
                if (!m.group(4).isBlank()) {
                    unparsed(line, "見出しに続く記載: " + kind);
                }
                return;
            }
            int n = Integer.parseInt(m.group(2));
            anchor = kind + n;
            open = new Block(Block.Kind.ANCHOR, anchor, m.group(4), line, path(anchor));
        }

        /** A label/value line: circled-number label, plain label, or a two-cell table row. */
        private Block field(SourceLine line) {
            List<String> cells = line.cells();
            for (int i = 0; i < Math.min(2, cells.size()); i++) {
                String c = cells.get(i);
                if (!c.isEmpty() && FormVocabulary.isCircled(c.codePointAt(0))) {
                    Matcher m = FormVocabulary.CIRCLED_LABEL.matcher(c);
                    if (m.matches()) {
                        String label = m.group(1) + m.group(2);
                        String value = (m.group(3) + " " + String.join(" ", cells.subList(i + 1, cells.size()))).trim();
                        formRecognised = true;
                        return new Block(Block.Kind.FIELD, label, value, line, path(label));
                    }
                }
            }
            String first = cells.get(0);
            if (FormVocabulary.isPlainLabel(first)) {
                formRecognised = true;
                if (cells.size() > 1 && FormVocabulary.isPlainLabel(cells.get(1)) && cells.size() <= 6) {
                    boolean allLabels = cells.stream().allMatch(FormVocabulary::isPlainLabel);
                    if (allLabels) {
                        tableHeader = cells;
                        headerForOneRow = true;
                        mark(structural, line);
                        flush();
                        return null;
                    }
                }
                if (cells.size() > 1 && FormVocabulary.isPlainLabel(cells.get(1)) == false && cells.get(1).startsWith("①") == false) {
                    return new Block(Block.Kind.FIELD, first, String.join(" ", cells.subList(1, cells.size())), line, path(first));
                }
                if (cells.size() > 1) {
                    // 「再委託 ④再委託の有無 …」: a group caption before the real label.
                    return null;
                }
                return new Block(Block.Kind.FIELD, first, "", line, path(first));
            }
            if (cells.size() == 1) {
                String l = FormVocabulary.plainLabelPrefix(first);
                if (l != null) {
                    formRecognised = true;
                    String value = first.substring(l.length()).replaceFirst("^\\s*※?\\s*", "");
                    return new Block(Block.Kind.FIELD, l, value, line, path(l));
                }
                return null;
            }
            if (first.length() <= 40 && !first.endsWith("。") && !Character.isDigit(first.charAt(0))
                    && "[<＜(・-—".indexOf(first.charAt(0)) < 0 && !CHOICE_LINE.matcher(first).matches()) {
                return new Block(Block.Kind.FIELD, first, String.join(" ", cells.subList(1, cells.size())), line, path(first));
            }
            return null;
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
                Block b = new Block(Block.Kind.FIELD, header.get(i), line.cells().get(i), line, path(header.get(i)));
                dispatch(b);
            }
            return true;
        }

        // -------------------- 変更箇所

        private boolean changeStep(SourceLine line) {
            List<String> cells = line.cells();
            if (cells.size() >= 2 && FormVocabulary.CHANGE_COLUMNS.contains(cells.get(0))
                    && FormVocabulary.CHANGE_COLUMNS.contains(cells.get(1))) {
                mark(structural, line);
                return true;
            }
            if (cells.size() < 3) {
                return false;
            }
            flush();
            String raw = doc.normalizedLines().get(line.lineNumber() - 1);
            String[] columns = raw.split("\t", -1);
            String date = columns.length > 0 ? columns[0].trim() : "";
            int offset = 1;
            String iso = WarekiDates.toIso(date);
            if (iso == null && !date.isEmpty()) {
                // A row without the leading date column is shifted left; it continues the previous date.
                offset = 0;
            }
            if (iso != null) {
                lastChangeDate = iso;
            }
            String item = column(columns, offset);
            String before = column(columns, offset + 1);
            String after = column(columns, offset + 2);
            String timing = column(columns, offset + 3);
            Provenance p = provenance(path("変更"), line, item == null ? line.firstCell() : item);
            changes.add(new ChangeRecord(lastChangeDate, item, before, after, timing, p));
            count(p, false);
            mark(placed, line);
            return true;
        }

        private static String column(String[] columns, int i) {
            if (i >= columns.length) {
                return null;
            }
            String c = io.mynumberlineage.pia.read.FormNormalizer.collapseSpaces(columns[i]);
            return c.isEmpty() ? null : c;
        }

        // -------------------- dispatch

        private void flush() {
            if (open != null) {
                Block b = open;
                open = null;
                dispatch(b);
            }
        }

        private void dispatch(Block b) {
            if (part == Part.PREAMBLE || part == Part.TOC) {
                scanKinds(b.label);
            }
            if (b.kind == Block.Kind.FIELD && b.text().isEmpty() && b.lines.size() == 1) {
                structural(b);
                return;
            }
            if (b.kind == Block.Kind.FIELD && FormVocabulary.isDash(b.text())) {
                structural(b);
                return;
            }
            switch (part) {
                case PREAMBLE, TOC -> preamble(b);
                case BASIC -> basic(b);
                case FILES -> files(b);
                case RISK -> risk(b);
                case DISCLOSURE -> disclosure(b);
                case PROCEDURE -> procedure(b);
                case RECORD_ITEMS -> recordItems(b);
                case SUMMARY_SYSTEMS -> summarySystems(b);
                case SUMMARY_FILES -> summaryFiles(b);
                case SUMMARY_RISK -> summaryRisk(b);
                case ANNEX -> unparsed(b, "別紙の記載 (別紙の一覧は別途抽出)");
                default -> unparsed(b, "この位置の記載は取り込み対象外です");
            }
        }

        private void preamble(Block b) {
            String key = b.key;
            scanOrgHeads(b);
            switch (key) {
                case "評価書番号" -> {
                    number = b.flat().split("\\s+")[0];
                    for (String l : b.text().split("\n")) {
                        if (l.trim().matches("[0-9A-Za-z\\-]{1,12}")) {
                            number = l.trim();
                            break;
                        }
                    }
                    placeDocument(b);
                }
                case "評価書名" -> {
                    title = b.flat();
                    scanKinds(title);
                    placeDocument(b);
                }
                case "評価実施機関名" -> {
                    String v = b.text().split("\n")[0].trim();
                    IssuerNames.Issuer issuer = IssuerNames.parse(v);
                    if (issuer != null) {
                        organization = issuer.organization();
                        placeDocument(b);
                    } else {
                        // PDF layouts put another cell's text under this label; keep it visible.
                        unparsed(b, "評価実施機関名として解釈できない値");
                    }
                }
                case "公表日" -> {
                    String iso = WarekiDates.toIso(b.text());
                    if (iso != null) {
                        publishedOn = iso;
                        placeDocument(b);
                    } else {
                        unparsed(b, "公表日の日付を読み取れません");
                    }
                }
                default -> {
                    if (key.startsWith("個人情報保護委員会承認日")) {
                        String iso = WarekiDates.toIso(b.text());
                        if (iso != null) {
                            approvedOn = iso;
                            placeDocument(b);
                            return;
                        }
                        if (b.text().isEmpty()) {
                            structural(b);
                            return;
                        }
                    }
                    for (String l : b.text().split("\n")) {
                        scanKinds(l);
                    }
                    scanKinds(b.label);
                    unparsed(b, "対応する項目がありません: " + key);
                }
            }
        }

        private void scanOrgHeads(Block b) {
            for (String l : b.text().split("\n")) {
                if (ORG_HEAD.matcher(l.trim()).matches() || IssuerNames.isWholeIssuer(l)) {
                    orgHeads.add(l.trim());
                }
            }
        }

        private void scanKinds(String text) {
            if (text == null) {
                return;
            }
            Matcher m = KIND.matcher(text);
            while (m.find()) {
                kinds.add(m.group(1).equals("全項目") ? "全項目" : m.group(1).replace("項目", ""));
            }
        }

        private void orphan(SourceLine line) {
            String text = line.text();
            if (part == Part.PREAMBLE || part == Part.TOC) {
                Matcher fv = FORM_VERSION.matcher(text);
                if (fv.matches()) {
                    formVersion = fv.group(1).trim();
                    placeDocument(line);
                    return;
                }
                if (text.contains("特定個人情報保護評価書")) {
                    scanKinds(text);
                    if (title == null && text.length() <= 80 && !text.contains("。")) {
                        title = text;
                    }
                    // Naming the form is not being one: public-comment pages do it too (kind other).
                    mentionsForm = true;
                    placeDocument(line);
                    return;
                }
                if (ORG_HEAD.matcher(text).matches() || IssuerNames.isWholeIssuer(text)) {
                    orgHeads.add(text);
                    placeDocument(line);
                    return;
                }
                scanKinds(text);
            }
            if (CHOICE_LINE.matcher(line.firstCell()).matches()) {
                mark(structural, line);
                return;
            }
            if (part == Part.RECORD_ITEMS) {
                recordItems(new Block(Block.Kind.FIELD, "", text, line, path(null)));
                return;
            }
            unparsed(line, "どの項目にも属さない記載");
        }

        private void basic(Block b) {
            String subKey = sub == null ? "" : sub.key();
            String key = b.key;
            if (b.kind == Block.Kind.NUMBERED) {
                if (subKey.equals("特定個人情報ファイル名")) {
                    List<String> names = fileNames(b.text());
                    for (String n : names) {
                        fileByName(n, provenance(b, n));
                    }
                    if (names.isEmpty()) {
                        structural(b);
                    } else {
                        place(b);
                    }
                    return;
                }
                emptyOrUnparsed(b);
                return;
            }
            if (b.kind == Block.Kind.ANCHOR && b.label.startsWith("システム")) {
                pendingSystemOrdinal = Integer.valueOf(b.label.substring("システム".length()));
                if (b.text().isEmpty()) {
                    structural(b);
                } else {
                    unparsed(b, "システム見出しに続く記載");
                }
                return;
            }
            if (key.equals("事務の名称")) {
                processName = b.flat();
                placeDocument(b);
            } else if (key.equals("システムの名称")) {
                int ordinal = pendingSystemOrdinal != null ? pendingSystemOrdinal : systems.size() + 1;
                pendingSystemOrdinal = null;
                String name = b.flat();
                List<String> listed = pendingSystemOrdinal == null ? NameLists.split(b.text()) : List.of();
                if (listed.size() > 1) {
                    // 基礎項目評価書: one cell lists every system of the 事務.
                    pendingSystemOrdinal = null;
                    for (String n : listed) {
                        systems.add(new SystemBuilder(systems.size() + 1, n, provenance(b, n)));
                    }
                    place(b);
                    return;
                }
                int note = name.indexOf(" ※");
                if (note > 0) {
                    // A remark printed after the name belongs to no field of the system record.
                    unparsed.add(new UnparsedRecord(name.substring(note + 1), "システム名の注記", provenance(b, name.substring(note + 1))));
                    name = name.substring(0, note).trim();
                }
                systems.add(new SystemBuilder(ordinal, name, provenance(b, name)));
                place(b);
            } else if (key.equals("システムの機能") && !systems.isEmpty()) {
                systems.get(systems.size() - 1).functions.addAll(functions(b.text()));
                place(b);
            } else if (key.equals("他のシステムとの接続") && !systems.isEmpty()) {
                List<String> ticked = FieldValues.ticked(b.text().replace('\n', ' '));
                systems.get(systems.size() - 1).connections.addAll(ticked);
                place(b);
            } else if (key.equals("法令上の根拠") && (subKey.equals("個人番号の利用")
                    || subKey.equals("情報提供ネットワークシステムによる情報連携"))) {
                // Split into citations in build(), once the issuer and date are known.
                basisBlocks.add(new BasisBlock(b, subKey.equals("個人番号の利用") ? LegalBasisCitations.USE : LegalBasisCitations.LINK));
                place(b);
            } else if (key.equals("実施の有無") && subKey.equals("情報提供ネットワークシステムによる情報連携")) {
                place(b);
            } else if (key.equals("所属長") || key.equals("所属長の役職名")) {
                String title = DepartmentHeads.title(b.text());
                if (title != null) {
                    departmentHead = title;
                    departmentHeadProvenance = provenance(b, title);
                    placeDocument(b);
                } else {
                    warn(b.path, "所属長の役職名を読み取れません (氏名は取り込みません)");
                    structural(b);
                }
            } else if (key.equals("部署") || key.equals("事務担当部署")) {
                departments.add(b.flat().replaceFirst("\\s*\\(\\s*\\)$", ""));
                placeDocument(b);
            } else {
                unparsed(b, "対応する項目がありません: " + label(b));
            }
        }

        private void files(Block b) {
            String subKey = sub == null ? "" : sub.key();
            String key = b.key;
            if (b.kind == Block.Kind.NUMBERED) {
                if (subKey.equals("特定個人情報ファイル名")) {
                    List<String> names = fileNames(b.text());
                    if (names.isEmpty()) {
                        structural(b);
                        return;
                    }
                    currentFile = fileByName(names.get(0), provenance(b, names.get(0)));
                    place(b);
                    if (names.size() > 1) {
                        warn(b.path, "ファイル名の欄に複数の名前があります: " + names);
                    }
                    return;
                }
                emptyOrUnparsed(b);
                return;
            }
            if (currentFile == null) {
                currentFile = fileByName("(名称不明のファイル)", provenance(b, b.label));
                warn(b.path, "特定個人情報ファイル名より前に記載があります");
            }
            FileBuilder f = currentFile;
            // Captions and field labels, not the sub-section order, decide where a field belongs:
            // PDF pages print captions and fields out of order.
            if (b.kind == Block.Kind.ANCHOR) {
                if (b.label.startsWith("提供先") || b.label.startsWith("移転先")) {
                    flowField(b, f);
                } else if (b.label.startsWith("委託事項")) {
                    entrustmentField(b, f);
                } else {
                    unparsed(b, "この位置の見出しは取り込み対象外です: " + b.label);
                }
                return;
            }
            if (isFlowField(key) || key.equals("提供・移転の有無")) {
                flowField(b, f);
                return;
            }
            if (isEntrustmentField(key)) {
                entrustmentField(b, f);
                return;
            }
            switch (key) {
                case "対象となる本人の数" -> {
                    f.recordCountRange = FieldValues.selectionAcrossLines(b.text());
                    placeOrUnparsed(b, f.recordCountRange);
                }
                case "主な記録項目" -> {
                    f.items.addAll(FieldValues.ticked(b.flat()));
                    place(b);
                }
                case "事務担当部署" -> {
                    departments.add(b.flat());
                    placeDocument(b);
                }
                case "入手元" -> {
                    f.sources.addAll(FieldValues.ticked(b.flat()));
                    f.sourcesProvenance = provenance(b, b.flat());
                    place(b);
                }
                case "入手方法" -> {
                    f.methods.addAll(FieldValues.ticked(b.flat()));
                    place(b);
                }
                case "期間", "保管期間" -> {
                    String sel = FieldValues.selection(b.flat());
                    String rest = FieldValues.withoutChoices(b.flat());
                    if (sel == null && rest.isEmpty()) {
                        unparsed(b, "保管期間の選択を読み取れません");
                        return;
                    }
                    f.retentionPeriod = sel != null ? sel : FieldValues.clip(rest, 80);
                    place(b);
                }
                case "消去方法" -> {
                    f.erasure = b.flat();
                    place(b);
                }
                case "提供・移転の有無" -> place(b);
                default -> unparsed(b, "対応する項目がありません: " + label(b));
            }
        }

        private void flowField(Block b, FileBuilder f) {
            if (b.kind == Block.Kind.ANCHOR) {
                String kind = b.label.startsWith("提供先") ? "提供" : "移転";
                Integer ordinal = Integer.valueOf(b.label.substring(3));
                String recipient = b.flat();
                if (recipient.isEmpty()) {
                    structural(b);
                    currentFlow = null;
                    return;
                }
                if (ANNEX_REFERENCE.matcher(recipient).find()) {
                    annexReference(b, f);
                    currentFlow = null;
                    return;
                }
                currentFlow = new FlowBuilder(f, kind, ordinal, recipient, provenance(b, recipient));
                flows.add(currentFlow);
                place(b);
                for (Block pending : new ArrayList<>(pendingFlowFields)) {
                    if (pending.path.startsWith(partLabel) && applyFlowField(currentFlow, pending, true)) {
                        pendingFlowFields.remove(pending);
                    }
                }
                return;
            }
            if (b.key.equals("提供・移転の有無")) {
                place(b);
                return;
            }
            if (ANNEX_REFERENCE.matcher(b.text()).find()) {
                annexReference(b, f);
                return;
            }
            if (currentFlow == null || !applyFlowField(currentFlow, b, true)) {
                if (isFlowField(b.key)) {
                    // PDF pages can print a recipient's fields before its caption; keep for the next one.
                    pendingFlowFields.add(b);
                } else {
                    unparsed(b, "対応する項目がありません: " + label(b));
                }
            }
        }

        private static boolean isFlowField(String key) {
            return key.equals("法令上の根拠") || key.endsWith("における用途") || key.equals("提供する情報") || key.equals("移転する情報")
                    || key.endsWith("の対象となる本人の数") || key.equals("提供方法") || key.equals("移転方法")
                    || key.equals("時期・頻度") || key.endsWith("の対象となる本人の範囲");
        }

        /** Puts a field into a flow unless the flow already has it; true when placed. */
        private boolean applyFlowField(FlowBuilder fl, Block b, boolean onlyIfEmpty) {
            String key = b.key;
            String v = b.flat();
            if (key.equals("法令上の根拠")) {
                if (onlyIfEmpty && !fl.citations.isEmpty()) {
                    return false;
                }
                fl.citations.add(v);
                fl.beppyo.addAll(FieldValues.beppyoItems(v));
            } else if (key.endsWith("における用途")) {
                if (onlyIfEmpty && fl.purpose != null) {
                    return false;
                }
                fl.purpose = v;
            } else if (key.equals("提供する情報") || key.equals("移転する情報")) {
                if (onlyIfEmpty && !fl.items.isEmpty()) {
                    return false;
                }
                fl.items.addAll(FieldValues.enumeration(v));
            } else if (key.endsWith("の対象となる本人の数")) {
                if (onlyIfEmpty && fl.recordCount != null) {
                    return false;
                }
                fl.recordCount = FieldValues.selectionAcrossLines(b.text());
            } else if (key.equals("提供方法") || key.equals("移転方法")) {
                if (onlyIfEmpty && !fl.methods.isEmpty()) {
                    return false;
                }
                fl.methods.addAll(FieldValues.ticked(v));
            } else if (key.equals("時期・頻度")) {
                if (onlyIfEmpty && fl.frequency != null) {
                    return false;
                }
                fl.frequency = v;
            } else if (key.endsWith("の対象となる本人の範囲")) {
                unparsed(b, "対応する項目がありません: " + label(b));
                return true;
            } else {
                return false;
            }
            place(b);
            return true;
        }

        private void flushPendingFlowFields() {
            for (Block b : pendingFlowFields) {
                unparsed(b, "提供先・移転先に割り当てられない記載: " + label(b));
            }
            pendingFlowFields.clear();
        }

        private void annexReference(Block b, FileBuilder f) {
            f.annexReferenced = true;
            unparsed(b, "別紙を参照する記載 (別紙の一覧は別途抽出)");
            warn(b.path, "提供先・移転先が別紙に記載されています: " + FieldValues.clip(b.flat(), 40));
        }

        private void entrustmentField(Block b, FileBuilder f) {
            if (b.kind == Block.Kind.ANCHOR) {
                Integer ordinal = Integer.valueOf(b.label.substring("委託事項".length()));
                String work = b.flat();
                currentEntrustment = new EntrustmentBuilder(f, ordinal, work, provenance(b, work.isEmpty() ? b.label : work));
                entrustments.add(currentEntrustment);
                place(b);
                for (Block pending : new ArrayList<>(pendingEntrustmentFields)) {
                    if (applyEntrustmentField(currentEntrustment, pending)) {
                        pendingEntrustmentFields.remove(pending);
                    }
                }
                return;
            }
            if (!isEntrustmentField(b.key)) {
                unparsed(b, "対応する項目がありません: " + label(b));
                return;
            }
            if (currentEntrustment == null || !applyEntrustmentField(currentEntrustment, b)) {
                // PDF pages can print an entrustment's fields before its caption; keep for the next one.
                pendingEntrustmentFields.add(b);
            }
        }

        private static boolean isEntrustmentField(String key) {
            return key.equals("委託内容") || key.equals("委託先名") || key.equals("再委託の有無") || key.equals("再委託の許諾方法")
                    || key.equals("再委託事項");
        }

        /** Puts a field into an entrustment unless it already has it; true when placed. */
        private boolean applyEntrustmentField(EntrustmentBuilder e, Block b) {
            String key = b.key;
            String v = b.flat();
            if (key.equals("再委託の有無")) {
                if (e.subcontracting != null) {
                    return false;
                }
                String sel = FieldValues.selectionAcrossLines(b.text());
                if (sel == null || !sel.contains("再委託")) {
                    // Handled, but a selection naming no 再委託 option is not taken as the answer.
                    unparsed(b, "再委託の有無を読み取れません");
                    return true;
                }
                e.subcontracting = sel;
                place(b);
                return true;
            }
            boolean filled = switch (key) {
                case "委託内容" -> fillOnce(e.detail, v, x -> e.detail = x);
                case "委託先名" -> fillOnce(e.contractor, v, x -> e.contractor = x);
                case "再委託の許諾方法" -> fillOnce(e.approval, v, x -> e.approval = x);
                case "再委託事項" -> fillOnce(e.subWork, v, x -> {
                    e.subWork = x;
                    e.subProvenance = provenance(b, x);
                });
                default -> false;
            };
            if (!filled) {
                return false;
            }
            place(b);
            return true;
        }

        /** Fills an empty field; false when it is already set, i.e. the block belongs to the next 委託. */
        private static boolean fillOnce(String current, String value, java.util.function.Consumer<String> setter) {
            if (current != null) {
                return false;
            }
            setter.accept(value);
            return true;
        }

        private void flushPendingEntrustmentFields() {
            for (Block b : pendingEntrustmentFields) {
                unparsed(b, "委託事項に割り当てられない記載: " + label(b));
            }
            pendingEntrustmentFields.clear();
        }

        private void risk(Block b) {
            if (b.kind == Block.Kind.NUMBERED && "特定個人情報ファイル名".equals(b.key)) {
                List<String> names = fileNames(b.text());
                currentFile = names.isEmpty() ? null : findFile(names.get(0));
                if (names.isEmpty()) {
                    structural(b);
                } else {
                    place(b);
                }
                return;
            }
            if (b.kind == Block.Kind.NUMBERED && b.text().isEmpty()) {
                structural(b);
                return;
            }
            String text = FieldValues.withoutChoices(b.flat());
            String rating = null;
            if (b.flat().startsWith("[")) {
                rating = FieldValues.selection(b.flat());
            }
            String section = b.path;
            Provenance p = provenance(b, text.isEmpty() ? b.label : text);
            risks.add(new RiskMeasureRecord(section, label(b), text, rating, p));
            count(p, false);
            place(b);
        }

        private void disclosure(Block b) {
            if (b.kind == Block.Kind.NUMBERED && b.text().isEmpty()) {
                structural(b);
                return;
            }
            String label = (sub == null ? "" : sub.key() + "/") + label(b);
            Provenance p = provenance(b, b.flat());
            contacts.add(new TextRecord(label, b.flat(), p));
            count(p, false);
            place(b);
        }

        private void procedure(Block b) {
            if (b.kind == Block.Kind.NUMBERED && b.text().isEmpty()) {
                structural(b);
                return;
            }
            String subKey = sub == null ? "" : sub.key();
            if (subKey.equals("第三者点検") || subKey.equals("個人情報保護委員会の承認")) {
                Provenance p = provenance(b, b.flat());
                reviews.add(new TextRecord(subKey + "/" + label(b), b.flat(), p));
                count(p, false);
                place(b);
                return;
            }
            unparsed(b, "対応する項目がありません: " + subKey + "/" + label(b));
        }

        private void recordItems(Block b) {
            String body = b.text();
            Matcher bracketed = BRACKETED_FILE.matcher(body);
            if (bracketed.find()) {
                // 「【1.住民基本台帳ファイル】1.処理番号、…」: the file's name heads its item list.
                itemsFile = findFile(bracketed.group(1));
                body = body.substring(bracketed.end());
            }
            if (b.kind == Block.Kind.ITEM) {
                String[] parts = body.split("\n", 2);
                itemsFile = findFile(parts[0]);
                body = parts.length > 1 ? parts[1] : "";
            }
            FileBuilder f = itemsFile != null ? itemsFile : files.size() == 1 ? files.get(0) : null;
            if (f == null) {
                unparsed(b, "記録項目の対象ファイルが特定できません");
                return;
            }
            if (body.isBlank()) {
                place(b);
                return;
            }
            // An 、-separated list wrapped by PDF extraction continues mid-name, so its lines join
            // without a separator; other lines (space-separated lists) each stand alone.
            StringBuilder sb = new StringBuilder();
            String previous = null;
            for (String l : body.split("\n")) {
                if (previous != null) {
                    sb.append(previous.contains("、") ? "" : "\t");
                }
                sb.append(l);
                previous = l;
            }
            // 「<宛名>」 group captions name a group of items, not an item.
            String joined = sb.toString().replaceAll("<[^<>]{1,30}>", "\t");
            List<String> items = new ArrayList<>();
            for (String cell : joined.split("\t| {2,}")) {
                if (!cell.contains("、") && cell.trim().split(" ").length >= 3) {
                    // 「宛名番号 個人番号 氏名情報」: a space-separated list without numbering.
                    cell = cell.trim().replace(' ', '、');
                }
                for (String it : FieldValues.enumeration(cell)) {
                    String name = it.replaceFirst("^\\d{1,3}\\s+", "").trim();
                    if (!name.isEmpty() && !name.matches("\\d+")) {
                        items.add(name);
                    }
                }
            }
            if (b.kind == Block.Kind.FIELD && !b.label.isEmpty()) {
                items.add(0, b.label);
            }
            List<String> notItems = items.stream()
                    .filter(i -> i.contains("。") || i.startsWith("[") || i.codePointCount(0, i.length()) > 80).toList();
            if (!notItems.isEmpty()) {
                // Sentences are not item names: PDF pages mix other sections' text into the list.
                items.removeAll(notItems);
                unparsed.add(new UnparsedRecord(String.join("、", notItems), "記録項目の一覧に混ざった文",
                        provenance(b, notItems.get(0))));
            }
            f.items.addAll(items);
            place(b);
        }

        private void summarySystems(Block b) {
            if (b.kind == Block.Kind.ITEM) {
                String name = b.text().split("\n")[0].replaceFirst("[(（]以下.*$", "").trim();
                int ordinal = Integer.parseInt(b.label.replaceAll("\\D", ""));
                SystemBuilder s = new SystemBuilder(ordinal, name, provenance(b, name));
                String rest = b.text().contains("\n") ? b.text().substring(b.text().indexOf('\n') + 1).trim() : "";
                if (!rest.isEmpty()) {
                    s.functions.add(FieldValues.clip(rest.replace('\n', ' '), 200));
                }
                systems.add(s);
                place(b);
                return;
            }
            if (b.kind == Block.Kind.NUMBERED && b.text().isEmpty()) {
                structural(b);
                return;
            }
            unparsed(b, "概要の記載");
        }

        private void summaryFiles(Block b) {
            if (b.kind == Block.Kind.ITEM) {
                String name = b.text().split("\n")[0].trim();
                fileByName(name, provenance(b, name));
                if (b.text().contains("\n")) {
                    unparsed(b, "ファイルの説明 (対応する項目がありません)");
                } else {
                    place(b);
                }
                return;
            }
            if (b.kind == Block.Kind.NUMBERED && b.text().isEmpty()) {
                structural(b);
                return;
            }
            unparsed(b, "概要の記載");
        }

        private void summaryRisk(Block b) {
            if (b.kind == Block.Kind.NUMBERED && b.text().isEmpty()) {
                structural(b);
                return;
            }
            Provenance p = provenance(b, b.flat());
            String label = b.kind == Block.Kind.ITEM ? b.text().split("\n")[0] : label(b);
            String text = b.kind == Block.Kind.ITEM && b.text().contains("\n")
                    ? b.text().substring(b.text().indexOf('\n') + 1).replace('\n', ' ').trim() : b.flat();
            risks.add(new RiskMeasureRecord(path(null), label, text, null, p));
            count(p, false);
            place(b);
        }

        private void emptyOrUnparsed(Block b) {
            String v = b.text();
            if (v.isEmpty() || FormVocabulary.isDash(v) || PLACEHOLDER.matcher(v).matches()) {
                structural(b);
            } else {
                unparsed(b, "見出しに続く記載: " + b.label);
            }
        }

        private void placeOrUnparsed(Block b, String value) {
            if (value == null) {
                unparsed(b, "選択肢を読み取れません: " + label(b));
            } else {
                place(b);
            }
        }

        // -------------------- helpers

        private static String label(Block b) {
            return FormVocabulary.stripMarks(b.label);
        }

        private List<String> fileNames(String value) {
            List<String> out = new ArrayList<>();
            String v = value.trim();
            if (v.isEmpty() || FormVocabulary.isDash(v)) {
                return out;
            }
            Matcher m = FILE_NAME_ITEM.matcher(v);
            while (m.find()) {
                String n = m.group(1).trim();
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
            if (out.isEmpty()) {
                out.addAll(NameLists.split(v));
            }
            return out;
        }

        private FileBuilder fileByName(String name, Provenance p) {
            FileBuilder f = findFile(name);
            if (f != null) {
                if (f.provenance == null || f.provenance.sectionPath().startsWith("I/")) {
                    // Prefer the file's own section II as its provenance.
                    f.provenance = part == Part.FILES ? p : f.provenance;
                }
                return f;
            }
            f = new FileBuilder(files.size() + 1, name, p);
            files.add(f);
            return f;
        }

        private FileBuilder findFile(String name) {
            String n = FormVocabulary.compact(name).replaceFirst("^\\(?\\d{1,2}\\s*[.．)]?", "");
            for (FileBuilder f : files) {
                String fn = FormVocabulary.compact(f.name);
                if (fn.equals(n) || (n.length() >= 4 && (fn.contains(n) || n.contains(fn)))) {
                    return f;
                }
            }
            return null;
        }

        private static List<String> functions(String text) {
            List<String> out = new ArrayList<>();
            String flat = text.replace('\n', ' ');
            Matcher m = NUMBERED_FUNCTION.matcher(flat);
            List<Integer> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(m.end());
            }
            if (starts.size() < 2) {
                out.add(FieldValues.clip(flat.trim(), 200));
                return out;
            }
            if (starts.get(0) > 0) {
                String head = flat.substring(0, Math.max(0, starts.get(0) - 2)).trim();
                if (!head.isEmpty()) {
                    out.add(FieldValues.clip(head, 200));
                }
            }
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1) : flat.length();
                String seg = flat.substring(starts.get(i), end).replaceFirst("\\s*(?:\\d{1,2}\\s*[.．]?|[\\u2460-\\u2473]|・)?\\s*$", "").trim();
                if (!seg.isEmpty()) {
                    out.add(FieldValues.clip(seg, 200));
                }
            }
            return out;
        }

        private String path(String leaf) {
            StringBuilder sb = new StringBuilder(partLabel);
            if (sub != null) {
                sb.append('/').append(sub.number());
            }
            if (part == Part.RISK && currentFile != null) {
                sb.append("/ファイル").append(currentFile.ordinal);
            }
            if (anchor != null && leaf != null && !leaf.equals(anchor)) {
                sb.append('/').append(anchor);
            }
            if (riskAnchor != null && leaf != null && !leaf.equals(riskAnchor)) {
                sb.append('/').append(riskAnchor);
            }
            if (leaf != null) {
                sb.append('/').append(FormVocabulary.stripMarks(leaf));
            }
            return sb.toString();
        }

        private Provenance provenance(Block b, String quote) {
            return new Provenance(doc.name(), b.path, b.line, quote == null || quote.isBlank() ? b.quote : quote.replace('\n', ' '));
        }

        private Provenance provenance(String path, SourceLine line, String quote) {
            return new Provenance(doc.name(), path, line.lineNumber(), quote);
        }

        private void place(Block b) {
            for (SourceLine l : b.lines) {
                mark(placed, l);
            }
        }

        private void placeDocument(Block b) {
            if (documentProvenance == null) {
                documentProvenance = provenance(b, b.flat());
            }
            place(b);
        }

        private void placeDocument(SourceLine line) {
            if (documentProvenance == null) {
                documentProvenance = provenance(path(null), line, line.text());
            }
            mark(placed, line);
        }

        private void structural(Block b) {
            for (SourceLine l : b.lines) {
                mark(structural, l);
            }
        }

        private void unparsed(Block b, String reason) {
            Provenance p = provenance(b, b.flat().isEmpty() ? b.label : b.label + " " + b.flat());
            String text = b.kind == Block.Kind.FIELD || b.kind == Block.Kind.NUMBERED ? (b.label + "\t" + b.text()).trim() : b.text();
            unparsed.add(new UnparsedRecord(text.isEmpty() ? b.label : text, reason, p));
            count(p, false);
            for (SourceLine l : b.lines) {
                mark(unparsedLines, l);
            }
        }

        private int lastUnparsedLine = -1;
        private int runIndex = -1;
        private StringBuilder runText;

        private void unparsed(SourceLine line, String reason) {
            mark(unparsedLines, line);
            String path = path(null);
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
            count(p, false);
            lastUnparsedLine = line.lastLineNumber();
            runIndex = unparsed.size() - 1;
            runText = new StringBuilder(line.text());
        }

        /** Writes the text gathered for the current run of unparsed lines into its record. */
        private void closeRun() {
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

        private void warn(String path, String message) {
            warnings.add("[" + path + "] " + message);
            String section = path.split("/")[0];
            sectionCounts.computeIfAbsent(section, k -> new int[2])[1]++;
        }

        private void count(Provenance p, boolean warning) {
            String path = p.sectionPath();
            int slash = path.indexOf('/');
            String section = slash < 0 ? path : path.substring(0, slash);
            sectionCounts.computeIfAbsent(section, k -> new int[2])[warning ? 1 : 0]++;
        }

        private void captureStatedCounts(SourceLine line) {
            String t = line.text();
            if (!t.contains("を行っている")) {
                return;
            }
            Integer provisions = FieldValues.provisionCount(t);
            Integer transfers = FieldValues.transferCount(t);
            if ((provisions != null || transfers != null) && currentFile != null) {
                if (provisions != null) {
                    currentFile.statedProvisions = provisions;
                }
                if (transfers != null) {
                    currentFile.statedTransfers = transfers;
                }
            }
        }

        // -------------------- annex hook

        /**
         * The single place where 別紙 recipient lists (long 提供先/移転先 lists in an appendix of
         * PDF-extracted text) are merged: the {@link AnnexRecipients} source reads
         * {@code doc.normalizedLines()}; its flows join the file whose II-5 referred to the 別紙
         * (see {@link #build}). Without a source the reference stays a warning and in {@code unparsed}.
         */
        private void mergeAnnexRecipients() {
            FileBuilder target = files.stream().filter(f -> f.annexReferenced).findFirst().orElse(null);
            if (target == null) {
                return;
            }
            closeRun();
            AnnexRecipients.AnnexFlows result = annex.extract(doc.name(), doc.normalizedLines());
            if (result == null) {
                warn("II", "ファイル「" + target.name + "」の提供先・移転先の一部は別紙に記載されており、この抽出器では取り込んでいません");
                return;
            }
            annexTarget = target;
            annexFlows.addAll(result.flows());
            // The annex source now accounts for the 別紙 pages this extractor had set aside.
            unparsed.removeIf(u -> u.reason().startsWith("別紙の記載"));
            unparsed.addAll(result.unparsed());
            result.warnings().forEach(w -> warn("別紙", w));
        }

        // -------------------- build

        /**
         * Fills what the line-by-line reading left empty, or read with the wrong shape, from the facts
         * read by the form's labels (flattened, spaced-out or scrambled layouts).
         */
        private void complete(FormFacts facts) {
            warnings.addAll(0, facts.warnings().stream().map(w -> "[前文] " + w).toList());
            if (facts.formSeen()) {
                formRecognised = true;
            }
            if (number == null || !number.matches("[0-9A-Za-z][0-9A-Za-z\\-]{0,11}")) {
                number = facts.number();
            }
            if (facts.title() != null && (title == null || title.length() > 80 || title.contains("。")
                    || !title.contains("評価書") || title.startsWith("特定個人情報保護評価書"))) {
                title = facts.title();
            }
            if (publishedOn == null) {
                publishedOn = facts.publishedOn();
            }
            if (facts.formVersion() != null) {
                formVersion = facts.formVersion();
            }
            if (kinds.isEmpty() && facts.titledKind() != null) {
                kinds.add(facts.titledKind());
            }
            if (processName != null) {
                // 「1 住民基本台帳事務」: the item number of a list is not part of the name.
                processName = processName.replaceFirst("^(?:\\(\\s*\\d{1,2}\\s*\\)|\\d{1,2}\\s*[.．)]?)\\s+(?=\\S)", "");
            }
            if (facts.processName() != null && !validProcessName(processName)) {
                processName = facts.processName();
            } else if (processName != null && !validProcessName(processName)) {
                warn("I/1", "事務の名称として読めない値を捨てました: " + FieldValues.clip(processName, 20));
                processName = null;
            }
            if (organization == null && facts.issuer() != null && facts.issuerFromLabel()) {
                organization = facts.issuer().organization();
            }
            if (systems.isEmpty()) {
                for (FormFacts.Named n : facts.systems()) {
                    systems.add(new SystemBuilder(systems.size() + 1, n.value(), n.provenance()));
                }
            }
            for (FormFacts.Named n : facts.files()) {
                if (findFile(n.value()) == null) {
                    files.add(new FileBuilder(files.size() + 1, n.value(), n.provenance()));
                }
            }
            if (basisBlocks.isEmpty()) {
                factsUse = facts.useBasis();
                factsLink = facts.linkBasis();
            }
            if (departments.isEmpty() && facts.department() != null) {
                departments.add(facts.department());
            }
            if (departmentHead == null) {
                departmentHead = facts.departmentHead();
            }
            if (!formRecognised && (mentionsForm || doc.lines().stream().anyMatch(l -> l.text().contains("評価書")
                    || l.text().contains("特定個人情報保護評価")))) {
                // Material about a 評価書 that is not one (public-comment pages, summaries): kind other.
                formRecognised = true;
                otherMaterial = true;
            }
            draft = facts.draft();
        }

        private record BasisBlock(Block block, String basis) {
        }

        private FormFacts.Named factsUse;
        private FormFacts.Named factsLink;
        private boolean otherMaterial;
        private boolean mentionsForm;
        private boolean draft;

        private static boolean validProcessName(String name) {
            if (name == null) {
                return false;
            }
            String s = name.strip();
            return !s.isEmpty() && s.codePointCount(0, s.length()) <= 60 && !s.contains("。")
                    && s.matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}A-Za-z].*")
                    && !s.matches("^[(（「【\\[].{0,3}$") && !FormVocabulary.isPlainLabel(s);
        }

        private List<CitationRecord> legalBases(String municipality) {
            List<CitationRecord> out = new ArrayList<>();
            java.util.function.Consumer<String> w = m -> warn("I/法令上の根拠", m);
            for (BasisBlock bb : basisBlocks) {
                Block b = bb.block();
                out.addAll(LegalBasisCitations.split(b.text(), bb.basis(), municipality, publishedOn, provenance(b, b.flat()), w));
            }
            if (factsUse != null) {
                out.addAll(LegalBasisCitations.split(factsUse.value(), LegalBasisCitations.USE, municipality, publishedOn,
                        factsUse.provenance(), w));
            }
            if (factsLink != null) {
                out.addAll(LegalBasisCitations.split(factsLink.value(), LegalBasisCitations.LINK, municipality, publishedOn,
                        factsLink.provenance(), w));
            }
            return out;
        }

        private Manifest build(LineCoverage cov, FormFacts facts) {
            String municipality = municipality(facts);
            // Kinds named in the prose of other material (quoted documents of other issuers) are not its kind.
            String kind = otherMaterial ? "other" : kinds.isEmpty() ? null : String.join("+", kinds);
            if (processName == null && title != null) {
                processName = title.replaceFirst("^\\S{1,15}?(?:市|町|村|区|都|道|府|県)\\s+", "")
                        .replaceFirst("\\s*(?:基礎項目|重点項目|全項目)評価書.*$", "")
                        .replaceFirst("の?\\s*特定個人情報保護評価書.*$", "").trim();
                if (processName.isEmpty()) {
                    processName = null;
                }
            }
            String key = AssessmentKeys.of(municipality, number,
                    processName == null ? null : FormVocabulary.compact(processName), doc.sha256());
            if (municipality == null) {
                warn("前文", "評価実施機関 (市区町村名) を特定できませんでした。この評価書は原文のハッシュで識別します");
            }
            if (kind == null) {
                warn("前文", "評価書の種類 (基礎/重点/全項目) を特定できませんでした");
            }
            if (!"other".equals(kind)) {
                if (processName == null) {
                    warn("I/1", "事務の名称が見つかりません");
                }
                if (publishedOn == null) {
                    warn("前文", "公表日が見つかりません");
                }
            }
            useBases.addAll(legalBases(municipality));
            for (CitationRecord c : useBases) {
                count(c.provenance(), false);
            }
            DocumentInfo info = new DocumentInfo(doc.name(), doc.sha256(), doc.encoding(), key, municipality,
                    organization, title, number, kind, formVersion, processName, publishedOn, approvedOn,
                    List.copyOf(departments), documentProvenance, "other".equals(kind) ? null : draft, departmentHead);

            List<SystemRecord> systemRecords = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (SystemBuilder s : systems) {
                String id = unique(ids, key + "#system:" + s.ordinal);
                systemRecords.add(new SystemRecord(id, s.name, List.copyOf(s.functions), List.copyOf(new LinkedHashSet<>(s.connections)),
                        null, s.provenance));
                count(s.provenance, false);
            }
            Map<FileBuilder, String> fileIds = new LinkedHashMap<>();
            List<FileRecord> fileRecords = new ArrayList<>();
            List<AcquisitionRecord> acquisitions = new ArrayList<>();
            for (FileBuilder f : files) {
                String id = unique(ids, key + "#file:" + f.ordinal);
                fileIds.put(f, id);
                String retention = f.retentionPeriod == null && f.erasure == null ? null
                        : (f.retentionPeriod == null ? "" : "期間: " + f.retentionPeriod)
                        + (f.erasure == null ? "" : (f.retentionPeriod == null ? "" : "; ") + "消去方法: " + f.erasure);
                fileRecords.add(new FileRecord(id, f.name, List.of(), f.recordCountRange, List.copyOf(f.items), retention,
                        f.statedProvisions, f.statedTransfers, f.provenance));
                count(f.provenance, false);
                for (String source : f.sources) {
                    acquisitions.add(new AcquisitionRecord(id, source, List.copyOf(f.methods), f.sourcesProvenance));
                    count(f.sourcesProvenance, false);
                }
            }
            List<FlowRecord> flowRecords = new ArrayList<>();
            for (FlowBuilder fl : flows) {
                String fileId = fileIds.get(fl.file);
                String id = unique(ids, fileId + "#" + fl.kind + ":" + fl.ordinal);
                flowRecords.add(new FlowRecord(id, fileId, fl.kind, fl.ordinal, fl.recipient, List.copyOf(fl.citations),
                        List.copyOf(fl.beppyo), fl.purpose, List.copyOf(fl.items), List.copyOf(fl.methods), fl.frequency,
                        fl.recordCount, fl.provenance, io.mynumberlineage.pia.annex.BasisHintReader.read(fl.purpose, fl.items, fl.kind, fl.provenance, publishedOn)));
                count(fl.provenance, false);
            }
            if (annexTarget != null) {
                String fileId = fileIds.get(annexTarget);
                for (FlowRecord a : annexFlows) {
                    boolean inBody = flowRecords.stream().anyMatch(f -> f.fileId().equals(fileId) && f.kind().equals(a.kind())
                            && a.ordinal() != null && a.ordinal().equals(f.ordinal()));
                    if (inBody) {
                        warn("別紙", a.kind() + "先" + a.ordinal() + " は本文と別紙の両方にあり、本文の記載を採用しました");
                        continue;
                    }
                    String id = unique(ids, fileId + "#" + a.kind() + ":" + (a.ordinal() == null ? "別紙" : a.ordinal()));
                    flowRecords.add(new FlowRecord(id, fileId, a.kind(), a.ordinal(), a.recipient(), a.citations(), a.beppyoItems(),
                            a.purpose(), a.items(), a.methods(), a.frequency(), a.recordCount(), a.provenance(), a.basisHints()));
                    count(a.provenance(), false);
                }
            }
            for (FileBuilder f : files) {
                checkStatedCounts(f, fileIds.get(f), flowRecords);
            }
            List<EntrustmentRecord> entrustmentRecords = new ArrayList<>();
            for (EntrustmentBuilder e : entrustments) {
                String fileId = fileIds.get(e.file);
                String id = unique(ids, fileId + "#委託:" + e.ordinal);
                String work = e.title.isEmpty() ? e.detail : e.detail == null ? e.title : e.title + ": " + e.detail;
                entrustmentRecords.add(new EntrustmentRecord(id, fileId, work, e.contractor, e.subcontracting, e.approval, e.provenance));
                count(e.provenance, false);
                if (e.subWork != null) {
                    // 再委託: the form names the work and how it is approved, not the subcontractor.
                    entrustmentRecords.add(new EntrustmentRecord(unique(ids, id + "#再委託"), fileId, e.subWork, null,
                            "再委託", e.approval, e.subProvenance));
                    count(e.subProvenance, false);
                }
                if (e.contractor == null) {
                    warn(e.provenance.sectionPath(), "委託先名が読み取れません: 委託事項" + e.ordinal);
                }
            }
            if (!formRecognised) {
                warnings.add(0, "[前文] 特定個人情報保護評価書の見出し・項目が見つかりません");
            }
            if (!cov.missing().isEmpty()) {
                warnings.add("[全体] 取り込みの対象外となった行が " + cov.missing().size() + " 行あります");
            }
            List<String> allWarnings = new ArrayList<>(doc.warnings().stream().map(w -> "[読込] " + w).toList());
            allWarnings.addAll(warnings);
            Map<String, ParseReport.SectionCount> sections = new LinkedHashMap<>();
            new TreeMap<>(sectionCounts).forEach((k, v) -> sections.put(k, new ParseReport.SectionCount(v[0], v[1])));
            sections.put("_lines", new ParseReport.SectionCount(cov.nonBlankLines(), cov.safetyNet() + cov.missing().size()));
            return new Manifest(Manifest.SCHEMA_VERSION, info, systemRecords, fileRecords, acquisitions, List.copyOf(useBases),
                    flowRecords, entrustmentRecords, List.copyOf(risks), List.copyOf(reviews), List.copyOf(contacts),
                    List.copyOf(changes), List.copyOf(unparsed), new ParseReport(sections, allWarnings));
        }

        private void checkStatedCounts(FileBuilder f, String fileId, List<FlowRecord> flowRecords) {
            long provisions = flowRecords.stream().filter(fl -> fileId.equals(fl.fileId()) && fl.kind().equals("提供")).count();
            long transfers = flowRecords.stream().filter(fl -> fileId.equals(fl.fileId()) && fl.kind().equals("移転")).count();
            if (f.statedProvisions != null && f.statedProvisions != provisions) {
                warn("II", "ファイル「" + f.name + "」: 提供先は " + f.statedProvisions + " 件と記載、抽出できた提供先は " + provisions + " 件");
            }
            if (f.statedTransfers != null && f.statedTransfers != transfers) {
                warn("II", "ファイル「" + f.name + "」: 移転先は " + f.statedTransfers + " 件と記載、抽出できた移転先は " + transfers + " 件");
            }
        }

        private static String unique(Set<String> ids, String id) {
            String candidate = id;
            int n = 2;
            while (!ids.add(candidate)) {
                candidate = id + "-" + n++;
            }
            return candidate;
        }

        private String municipality(FormFacts facts) {
            IssuerNames.Issuer stated = IssuerNames.parse(organization);
            if (stated != null) {
                return stated.issuer();
            }
            for (String c : orgHeads) {
                IssuerNames.Issuer head = IssuerNames.parse(c);
                if (head != null) {
                    if (organization == null) {
                        organization = head.organization();
                    }
                    return head.issuer();
                }
            }
            if (facts.issuer() != null) {
                if (organization == null) {
                    organization = facts.issuer().organization();
                }
                return facts.issuer().issuer();
            }
            if (title != null) {
                Matcher m = Pattern.compile("^(\\S{1,15}?(?:市|町|村|区|都|道|府|県))\\s").matcher(title);
                if (m.find()) {
                    // 「東雲県桜峰町 …」: the prefecture is the town's address, not the issuer.
                    return m.group(1).replaceFirst("^\\S{2,3}?[都道府県](?=\\S+[市区町村]$)", "");
                }
            }
            // Last resort for material without the form's header (e.g. public-comment bundles):
            // the municipality named in the contact's postal address.
            for (SourceLine l : doc.lines()) {
                Matcher m = POSTAL_MUNICIPALITY.matcher(l.text());
                if (m.find()) {
                    warn("前文", "市区町村名を連絡先の住所から推定しました: " + m.group(1));
                    return m.group(1);
                }
            }
            return null;
        }

        private int safetyNet;

        /** Whatever no handler claimed still reaches the manifest: nothing is dropped silently. */
        private void catchUnclaimedLines() {
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

        private LineCoverage coverage() {
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
    }
}
