package io.mynumberlineage.pia.annex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of the 変更箇所 table (別添) that concern a numbered 提供先 / 移転先.
 *
 * <p>When the 別紙 pages themselves are not part of the published text, these rows are where the
 * document still states each recipient: the 項目 column names 「…５．特定個人情報の提供・移転
 * … 提供先21」 and the 変更後の記載 cell holds the recipient's entry as it now stands. A row is
 * read as 変更日 / 項目 / 変更前 / 変更後 / 提出時期 paragraphs. PDF extraction sometimes moves a
 * cell away from its row (to after the next row, or to the foot of the page); such cells are
 * matched back by content within the same page (see {@link CellSimilarity}).
 */
final class ChangeTableReader {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:(事前|事後)\\s*)?(?:(令和|平成)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)?\\s*(事前|事後)?$");
    private static final Pattern TRAILING_TIMING = Pattern.compile("^(.*?)\\s*(事前|事後)$");
    private static final Pattern SECTION_START = Pattern.compile(
            "^\\s*(?:\\(?別[紙添]\\s*\\d+|(?:VII|VI|V|IV|III|II|I)(?:[\\s.]|(?=[^\\x00-\\x7F])))");
    private static final Pattern FILE_LABEL = Pattern.compile("概\\s*要\\s*\\(([^()]*?ファイル)\\)");
    private static final double MATCH_AT_LEAST = 0.15;
    private static final double DISPLACE_MARGIN = 0.2;

    /** A cell: its text pieces and the source line of each. */
    record Cell(List<String> texts, List<Integer> lines) {
        int first() {
            return lines.get(0);
        }

        String text() {
            return PdfLineJoiner.join(texts);
        }
    }

    /** One 変更箇所 row about a numbered recipient. */
    static final class Row {
        final RecipientHeading heading;
        final FlowFieldLabel field;
        final String fileLabel;
        final LocalDate date;
        final int pathLine;
        final int page;
        final List<Cell> cells = new ArrayList<>();

        Row(RecipientHeading heading, FlowFieldLabel field, String fileLabel, LocalDate date, int pathLine, int page) {
            this.heading = heading;
            this.field = field;
            this.fileLabel = fileLabel;
            this.date = date;
            this.pathLine = pathLine;
            this.page = page;
        }

        /** The 変更後 cell: the second, or the only one when the row adds a recipient. */
        Optional<Cell> after() {
            if (cells.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(cells.size() >= 2 ? cells.get(1) : cells.get(0));
        }

        boolean deletes() {
            return after().map(c -> c.text().equals("削除")).orElse(false);
        }
    }

    record Reading(List<Row> rows, List<Cell> unplacedCells, List<String> warnings) {
    }

    private enum Kind { HEADER, MARKER, RECIPIENT_PATH, PENDING_PATH, OTHER_PATH, CELL }

    private record Paragraph(List<Integer> lines, Kind kind) {
    }

    private final List<String> lines;
    private final PageFurniture furniture;

    ChangeTableReader(List<String> lines, PageFurniture furniture) {
        this.lines = lines;
        this.furniture = furniture;
    }

    Reading read() {
        List<Paragraph> paragraphs = paragraphs();
        int start = tableStart(paragraphs);
        List<Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<Integer, List<Cell>> orphansByPage = new LinkedHashMap<>();
        if (start < 0) {
            return new Reading(rows, List.of(), warnings);
        }
        Row current = null;
        boolean inOtherRow = false;
        boolean pending = false;
        List<Cell> pendingCells = new ArrayList<>();
        int pendingPathLine = -1;
        String pendingFile = null;
        LocalDate date = null;
        int page = 0;
        for (int p = start; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            switch (para.kind()) {
                case HEADER -> page++;
                case MARKER -> {
                    LocalDate d = markerDate(para);
                    if (d != null) {
                        date = d;
                    }
                    current = null;
                    inOtherRow = false;
                    pending = false;
                }
                case RECIPIENT_PATH -> {
                    current = recipientRow(para, date, page);
                    rows.add(current);
                    inOtherRow = false;
                    pending = false;
                }
                case PENDING_PATH -> {
                    current = null;
                    inOtherRow = false;
                    pending = true;
                    pendingCells = new ArrayList<>();
                    pendingPathLine = para.lines().get(0);
                    pendingFile = fileLabel(para);
                }
                case OTHER_PATH -> {
                    current = null;
                    inOtherRow = true;
                    pending = false;
                }
                case CELL -> {
                    boolean endsRow = endsWithTiming(para);
                    List<Cell> cells = cells(para, endsRow);
                    if (current != null) {
                        current.cells.addAll(cells);
                    } else if (pending) {
                        Optional<RecipientHeading> h = cells.isEmpty() ? Optional.empty()
                                : RecipientHeading.atStart(cells.get(0).texts().get(0));
                        if (h.isPresent()) {
                            // 「追記」 rows: the recipient's number sits inside the new entry itself
                            current = new Row(h.get(), null, pendingFile, date, pendingPathLine, page);
                            current.cells.addAll(pendingCells);
                            current.cells.addAll(cells);
                            rows.add(current);
                            pending = false;
                        } else {
                            pendingCells.addAll(cells);
                        }
                    } else if (!inOtherRow) {
                        orphansByPage.computeIfAbsent(page, k -> new ArrayList<>()).addAll(cells);
                    }
                    if (endsRow) {
                        current = null;
                        inOtherRow = false;
                        pending = false;
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        Map<Integer, List<Row>> rowsByPage = new LinkedHashMap<>();
        rows.forEach(r -> rowsByPage.computeIfAbsent(r.page, k -> new ArrayList<>()).add(r));
        java.util.Set<Cell> placed = new java.util.HashSet<>();
        java.util.Set<Cell> leftover = new java.util.LinkedHashSet<>();
        for (var e : rowsByPage.entrySet()) {
            int pg = e.getKey();
            List<Cell> candidates = new ArrayList<>();
            orphansByPage.getOrDefault(pg, List.of()).stream().filter(c -> !placed.contains(c)).forEach(candidates::add);
            // a row at the foot of a page may find its cells at the top of the next one
            List<Row> nextRows = rowsByPage.getOrDefault(pg + 1, List.of());
            int nextFirstRow = nextRows.isEmpty() ? Integer.MAX_VALUE : nextRows.get(0).pathLine;
            List<Cell> nextLeading = orphansByPage.getOrDefault(pg + 1, List.of()).stream()
                    .filter(c -> c.first() < nextFirstRow && !placed.contains(c)).toList();
            candidates.addAll(nextLeading);
            List<Cell> rest = repair(e.getValue(), candidates, warnings);
            candidates.stream().filter(c -> !rest.contains(c)).forEach(placed::add);
            leftover.removeAll(placed);
            leftover.addAll(rest);
            if (!nextRows.isEmpty()) {
                nextLeading.forEach(leftover::remove); // the next page gets its own chance at them
            }
        }
        List<Cell> unplaced = new ArrayList<>(leftover);
        unplaced.removeAll(placed);
        return new Reading(rows, unplaced, warnings);
    }

    /**
     * Puts cells back into the rows they were moved away from. Only pages that show disorder
     * (a cell outside any row, or a row left without cells) are touched; there, a row's second
     * cell that reads nothing like its first is set loose too, and every row still short of a
     * cell takes the loose cell most like its first one.
     */
    private List<Cell> repair(List<Row> rows, List<Cell> orphans, List<String> warnings) {
        if (orphans.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        rows.forEach(r -> r.cells.forEach(c -> texts.add(c.text())));
        orphans.forEach(c -> texts.add(c.text()));
        CellSimilarity similarity = new CellSimilarity(texts);
        List<Cell> pool = new ArrayList<>(orphans);
        // each step moves one stray cell into the row whose first cell it reads most like; a
        // second cell already there is only displaced when the stray one fits clearly better
        for (int step = 0; step < (pool.size() + 1) * (rows.size() + 1); step++) {
            Row bestRow = null;
            Cell bestCell = null;
            double best = 0;
            for (Row r : rows) {
                if (r.cells.isEmpty() || r.cells.size() > 2) {
                    continue;
                }
                String anchor = r.cells.get(0).text();
                for (Cell c : pool) {
                    double fit = similarity.of(anchor, c.text());
                    if (fit < MATCH_AT_LEAST) {
                        continue;
                    }
                    double gain = r.cells.size() == 1 ? fit : fit - similarity.of(anchor, r.cells.get(1).text()) - DISPLACE_MARGIN;
                    if (gain > best) {
                        best = gain;
                        bestRow = r;
                        bestCell = c;
                    }
                }
            }
            if (bestRow == null) {
                break;
            }
            if (bestRow.cells.size() == 2) {
                pool.add(bestRow.cells.remove(1));
            }
            bestRow.cells.add(bestCell);
            pool.remove(bestCell);
            warnings.add("変更箇所: " + bestRow.heading.label() + " の変更後セルを内容の一致から復元しました（"
                    + (bestCell.first() + 1) + "行目）");
        }
        // a row whose cells all went astray takes the next leftover cells of its page, in order
        pool.sort(Comparator.comparingInt(Cell::first));
        for (Row r : rows) {
            if (!r.cells.isEmpty() || pool.isEmpty()) {
                continue;
            }
            Cell first = pool.remove(0);
            r.cells.add(first);
            if (!pool.isEmpty() && similarity.of(first.text(), pool.get(0).text()) >= MATCH_AT_LEAST) {
                r.cells.add(pool.remove(0));
            }
            warnings.add("変更箇所: " + r.heading.label() + " の記載セルが行から離れていたため、同じページの残りのセル（"
                    + (first.first() + 1) + "行目〜）を割り当てました");
        }
        return pool;
    }

    private List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            boolean pageNumber = !s.isBlank() && furniture.isPageFurniture(s) && !furniture.isRepeatedHeader(s);
            if (s.isBlank() || pageNumber) {
                if (!cur.isEmpty()) {
                    out.add(new Paragraph(cur, classify(cur)));
                    cur = new ArrayList<>();
                }
                continue;
            }
            if (furniture.isRepeatedHeader(s)) {
                if (!cur.isEmpty()) {
                    out.add(new Paragraph(cur, classify(cur)));
                    cur = new ArrayList<>();
                }
                out.add(new Paragraph(List.of(i), Kind.HEADER));
                continue;
            }
            cur.add(i);
        }
        if (!cur.isEmpty()) {
            out.add(new Paragraph(cur, classify(cur)));
        }
        return out;
    }

    private Kind classify(List<Integer> para) {
        boolean allMarkers = para.stream().allMatch(i -> isMarker(lines.get(i)));
        if (allMarkers) {
            return Kind.MARKER;
        }
        if (!SECTION_START.matcher(lines.get(para.get(0))).find()) {
            return Kind.CELL;
        }
        if (para.size() < 2) {
            return Kind.OTHER_PATH; // a lone heading such as 「（別添３）変更箇所」
        }
        for (int i : para) {
            if (RecipientHeading.atEnd(lines.get(i)).isPresent()) {
                return Kind.RECIPIENT_PATH;
            }
        }
        String joined = PdfLineJoiner.join(para.stream().map(lines::get).toList());
        return joined.contains("提供・移") ? Kind.PENDING_PATH : Kind.OTHER_PATH;
    }

    private static boolean isMarker(String line) {
        String s = PdfLineJoiner.collapseSpaces(line);
        if (s.isEmpty()) {
            return false;
        }
        return MARKER.matcher(s).matches();
    }

    /** The table begins at its first row: a 変更日 followed by a 項目 path. */
    private int tableStart(List<Paragraph> paragraphs) {
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            Paragraph a = paragraphs.get(p);
            Kind next = paragraphs.get(p + 1).kind();
            boolean opensRow = (a.kind() == Kind.MARKER && markerDate(a) != null) || a.kind() == Kind.HEADER;
            if (opensRow && (next == Kind.RECIPIENT_PATH || next == Kind.PENDING_PATH || next == Kind.OTHER_PATH)) {
                return p;
            }
        }
        return -1;
    }

    private LocalDate markerDate(Paragraph para) {
        LocalDate last = null;
        for (int i : para.lines()) {
            Matcher m = MARKER.matcher(PdfLineJoiner.collapseSpaces(lines.get(i)));
            if (m.matches() && m.group(2) != null) {
                int year = m.group(3).equals("元") ? 1 : Integer.parseInt(m.group(3));
                int base = m.group(2).equals("令和") ? 2018 : 1988;
                try {
                    last = LocalDate.of(base + year, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                } catch (java.time.DateTimeException e) {
                    // an impossible date is no date
                }
            }
        }
        return last;
    }

    private Row recipientRow(Paragraph para, LocalDate date, int page) {
        RecipientHeading heading = null;
        int headingAt = -1;
        for (int n = 0; n < para.lines().size(); n++) {
            Optional<RecipientHeading> h = RecipientHeading.atEnd(lines.get(para.lines().get(n)));
            if (h.isPresent()) {
                heading = h.get();
                headingAt = n;
            }
        }
        FlowFieldLabel field = null;
        if (headingAt + 1 < para.lines().size()) {
            field = FlowFieldLabel.match(lines.get(para.lines().get(headingAt + 1))).map(FlowFieldLabel.Match::field).orElse(null);
        }
        return new Row(heading, field, fileLabel(para), date, para.lines().get(headingAt), page);
    }

    private String fileLabel(Paragraph para) {
        String joined = PdfLineJoiner.join(para.lines().stream().map(lines::get).toList());
        Matcher m = FILE_LABEL.matcher(joined);
        return m.find() ? normaliseFileName(m.group(1)) : null;
    }

    /** 「１．住民基本台帳ファイル」 and 「住民基本台帳ファイル」 name the same file. */
    static String normaliseFileName(String name) {
        if (name == null) {
            return null;
        }
        return name.replaceAll("\\s", "").replaceFirst("^\\d+[.)]?", "");
    }

    private boolean endsWithTiming(Paragraph para) {
        String last = PdfLineJoiner.collapseSpaces(lines.get(para.lines().get(para.lines().size() - 1)));
        Matcher m = TRAILING_TIMING.matcher(last);
        return m.matches() && !m.group(1).isEmpty();
    }

    /**
     * The paragraph's cells. A last line 「厚生労働大臣又は日本年金機構 厚生労働大臣 事前」 holds
     * 変更前, 変更後 and 提出時期 side by side; it is split where exactly two values stand.
     */
    private List<Cell> cells(Paragraph para, boolean endsRow) {
        List<String> texts = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        for (int i : para.lines()) {
            texts.add(lines.get(i));
            idx.add(i);
        }
        if (!endsRow) {
            return List.of(new Cell(texts, idx));
        }
        int lastAt = texts.size() - 1;
        Matcher m = TRAILING_TIMING.matcher(PdfLineJoiner.collapseSpaces(texts.get(lastAt)));
        m.matches();
        String remainder = m.group(1).strip();
        if (texts.size() == 1) {
            String[] values = remainder.split(" ");
            if (values.length == 2) {
                return List.of(new Cell(List.of(values[0]), List.of(idx.get(0))),
                        new Cell(List.of(values[1]), List.of(idx.get(0))));
            }
        }
        texts.set(lastAt, remainder);
        return List.of(new Cell(texts, idx));
    }
}
