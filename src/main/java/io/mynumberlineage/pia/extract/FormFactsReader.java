package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.pia.extract.FormFacts.Named;
import io.mynumberlineage.pia.extract.LabelledText.Label;
import io.mynumberlineage.pia.read.PiaDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cover (評価書番号, 評価書名, 評価実施機関名, 公表日, 様式, 案) and Section I (事務の名称, システム,
 * ファイル名, 法令上の根拠, 担当部署) of a 評価書 by its labels, in any layout: a value runs from its label
 * to the next label and is checked for the shape it must have. Where the cover's labels and values are
 * scrambled (PDF extraction), a value of the right shape elsewhere on the cover is taken only when it is
 * the only one; otherwise the fact stays null and a warning names the label.
 */
final class FormFactsReader {

    private static final Pattern FORM_MARK = Pattern.compile(
            "\\[\\s*((?:平成|令和)\\s*(?:元|\\d{1,2})\\s*年\\s*\\d{1,2}\\s*月)\\s*様式\\s*(\\d{1,2})\\s*\\]");
    private static final Pattern KIND = Pattern.compile("(基礎項目|重点項目|全項目)\\s?評\\s?価\\s?書");
    private static final Pattern DRAFT = Pattern.compile("評\\s?価\\s?書\\s*(?:[)）]\\s*)?[(（]\\s*(素案|案)\\s*[)）]");
    private static final Pattern TITLE_END = Pattern.compile(
            "^(.{2,80}?(?:評\\s?価\\s?書)(?:\\s*[(（]\\s*(?:素案|案)\\s*[)）])?)");
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z\\-]{0,11}");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^([0-9A-Za-z][0-9A-Za-z\\-]{0,11})\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern DATE_AT_END = Pattern.compile(
            "(?:^|\\s)((?:(?:令和|平成)\\s*(?:元|\\d{1,2})|(?:19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)$");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(?:\\(\\s*\\d{1,2}\\s*\\)|\\d{1,2}\\s*[.．)]?)\\s+");
    private static final Pattern DRAFT_MARK = Pattern.compile("\\s*[(（]\\s*(?:素案|案)\\s*[)）]\\s*");
    private static final int MAX_PROCESS = 60;
    private static final int MAX_COVER_LINES = 120;

    FormFacts read(PiaDocument doc) {
        LabelledText t = new LabelledText(doc.lines());
        return new Reading(doc, t).read();
    }

    private static final class Reading {
        private final PiaDocument doc;
        private final LabelledText t;
        private final List<Label> labels;
        private final List<String> warnings = new ArrayList<>();
        private int sectionStart;
        private int sectionEnd;

        Reading(PiaDocument doc, LabelledText t) {
            this.doc = doc;
            this.t = t;
            this.labels = t.labels();
        }

        FormFacts read() {
            sectionStart = labels.size();
            for (int i = 0; i < labels.size(); i++) {
                String n = labels.get(i).name();
                if (n.equals("H:事務") || n.equals("事務の名称")) {
                    sectionStart = i;
                    break;
                }
            }
            sectionEnd = labels.size();
            for (int i = sectionStart; i < labels.size(); i++) {
                String n = labels.get(i).name();
                if (n.equals("II") || n.equals("別添")) {
                    sectionEnd = i;
                    break;
                }
            }
            int coverEndOffset = sectionStart < labels.size() ? labels.get(sectionStart).start() : t.text().length();
            String cover = t.text().substring(0, coverEndOffset);

            String number = null;
            String title = null;
            int numberAt = find("評価書番号", 0, sectionStart);
            int titleAt = find("評価書名", 0, sectionStart);
            if (numberAt >= 0) {
                String v = t.value(numberAt);
                String first = firstToken(v);
                if (first != null && NUMBER.matcher(first).matches()) {
                    number = first;
                }
            }
            if (titleAt >= 0) {
                // A title wrapped by PDF extraction continues on the next line(s).
                String whole = t.value(titleAt).replace('\n', ' ');
                String v = titleShapeStrict(whole) != null ? whole : firstLineOrAll(t.value(titleAt));
                Matcher lead = LEADING_NUMBER.matcher(v);
                if (number == null && numberAt >= 0 && numberAt + 1 == titleAt && lead.matches()) {
                    // 「評価書番号 評価書名 / 3 ○○事務 基礎項目評価書」: the table's two values follow both labels.
                    number = lead.group(1);
                    v = lead.group(2);
                }
                title = titleShape(v);
            }
            List<String> allCoverLines = LabelledText.lines(cover);
            // Without a Section I the whole text is "cover"; a real cover is a page.
            List<String> coverLines = allCoverLines.size() > MAX_COVER_LINES
                    ? allCoverLines.subList(0, MAX_COVER_LINES) : allCoverLines;
            if (title == null) {
                // Scrambled cover: a line that is a title as a whole, and only one such line.
                title = unique(coverLines.stream().filter(l -> !l.startsWith("特定個人情報保護評価書"))
                        .filter(l -> l.indexOf('評') >= 0).map(l -> {
                            String shaped = titleShapeStrict(l);
                            return shaped != null && shaped.equals(l.replaceAll("評\\s?価\\s?書", "評価書")) ? shaped : null;
                        }).filter(s -> s != null).toList());
            }
            if (number == null && numberAt >= 0) {
                number = unique(coverLines.stream().filter(l -> NUMBER.matcher(l).matches()).toList());
            }
            if (numberAt >= 0 && number == null) {
                warnings.add("評価書番号を読み取れません");
            }

            IssuerNames.Issuer issuer = null;
            boolean fromLabel = false;
            int orgAt = find("評価実施機関名", 0, sectionStart);
            if (orgAt >= 0) {
                String v = firstLineOrAll(t.value(orgAt));
                issuer = IssuerNames.parse(v);
                fromLabel = issuer != null;
            }
            if (issuer == null && orgAt >= 0) {
                List<String> whole = coverLines.stream().filter(IssuerNames::isWholeIssuer).distinct().toList();
                if (whole.size() == 1) {
                    issuer = IssuerNames.parse(whole.get(0));
                } else {
                    warnings.add("評価実施機関名を読み取れません");
                }
            }

            String published = null;
            int dateAt = find("公表日", 0, sectionStart);
            if (dateAt >= 0) {
                String v = t.value(dateAt);
                String head = v.length() > 24 ? v.substring(0, 24) : v;
                published = WarekiDates.toIso(head);
                if (published == null) {
                    // The date printed on the line just before its label (PDF extraction).
                    Matcher trailing = DATE_AT_END.matcher(t.before(dateAt));
                    if (dateAt > 0 && trailing.find() && !labels.get(dateAt - 1).name().equals("承認日")) {
                        published = WarekiDates.toIso(trailing.group(1));
                    }
                }
                if (published == null) {
                    warnings.add("公表日を読み取れません");
                }
            }

            String formVersion = null;
            Matcher fm = FORM_MARK.matcher(t.text());
            if (fm.find()) {
                formVersion = fm.group(1).replaceAll("\\s", "") + " 様式" + fm.group(2);
            }
            String kind = null;
            Matcher km = KIND.matcher(title == null ? "" : title);
            if (km.find()) {
                kind = kindOf(km.group(1));
            } else {
                km = KIND.matcher(cover);
                Set<String> kinds = new LinkedHashSet<>();
                while (km.find()) {
                    kinds.add(kindOf(km.group(1)));
                }
                kind = kinds.size() == 1 ? kinds.iterator().next() : null;
            }
            boolean draft = DRAFT.matcher(cover).find() || title != null && DRAFT_MARK.matcher(title).find();

            String process = null;
            int processAt = find("事務の名称", sectionStart, sectionEnd);
            if (processAt >= 0) {
                process = processName(t.value(processAt));
                if (process == null) {
                    warnings.add("事務の名称を読み取れません");
                }
            }
            List<Named> systems = new ArrayList<>();
            List<Named> files = new ArrayList<>();
            Named useBasis = null;
            Named linkBasis = null;
            String department = null;
            String head = null;
            String heading = "";
            Set<String> seenSystems = new LinkedHashSet<>();
            Set<String> seenFiles = new LinkedHashSet<>();
            for (int i = sectionStart; i < sectionEnd; i++) {
                Label l = labels.get(i);
                if (l.name().startsWith("H:")) {
                    heading = l.name();
                }
                switch (l.name()) {
                    case "システムの名称" -> {
                        for (String s : NameLists.split(t.value(i))) {
                            if (seenSystems.add(s)) {
                                systems.add(new Named(s, provenance("I/システム", l, s)));
                            }
                        }
                    }
                    case "H:ファイル名" -> {
                        for (String s : NameLists.split(t.value(i))) {
                            if (seenFiles.add(s)) {
                                files.add(new Named(s, provenance("I/特定個人情報ファイル名", l, s)));
                            }
                        }
                    }
                    case "法令上の根拠" -> {
                        String v = t.value(i);
                        if (!v.isEmpty() && heading.equals("H:利用") && useBasis == null) {
                            useBasis = new Named(v, provenance("I/個人番号の利用/法令上の根拠", l, v));
                        } else if (!v.isEmpty() && heading.equals("H:情報連携") && linkBasis == null) {
                            linkBasis = new Named(v, provenance("I/情報連携/法令上の根拠", l, v));
                        }
                    }
                    case "部署" -> {
                        if (department == null) {
                            List<String> ls = LabelledText.lines(t.value(i));
                            department = ls.isEmpty() ? null : bounded(ls.get(0), 40);
                        }
                    }
                    case "所属長" -> {
                        if (head == null) {
                            head = DepartmentHeads.title(t.value(i));
                            if (head == null && !t.value(i).isEmpty()) {
                                warnings.add("所属長の役職名を読み取れません (氏名は取り込みません)");
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            boolean formSeen = !labels.isEmpty() && (numberAt >= 0 || orgAt >= 0 || processAt >= 0 || titleAt >= 0);
            return new FormFacts(issuer, fromLabel, number, title, kind, published, formVersion, draft, process,
                    systems, files, useBasis, linkBasis, department, head, formSeen, warnings);
        }

        private Provenance provenance(String path, Label l, String quote) {
            return new Provenance(doc.name(), path, t.lineAt(l.start()), quote.replace('\n', ' '));
        }

        private int find(String name, int from, int to) {
            for (int i = from; i < to && i < labels.size(); i++) {
                if (labels.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private static String kindOf(String word) {
            return word.equals("全項目") ? "全項目" : word.replace("項目", "");
        }

        private static String firstToken(String v) {
            String s = v.strip();
            if (s.isEmpty()) {
                return null;
            }
            int sp = 0;
            while (sp < s.length() && !Character.isWhitespace(s.charAt(sp))) {
                sp++;
            }
            return s.substring(0, sp);
        }

        private static String firstLineOrAll(String v) {
            List<String> ls = LabelledText.lines(v);
            return ls.isEmpty() ? "" : ls.get(0);
        }

        /** A 評価書名: up to and including 評価書 (and a draft mark), or a short line without prose. */
        private static String titleShape(String v) {
            String strict = titleShapeStrict(v);
            if (strict != null) {
                return strict;
            }
            String s = v.strip();
            return s.isEmpty() || s.length() > 60 || s.contains("。") ? null : s;
        }

        private static String titleShapeStrict(String v) {
            Matcher m = TITLE_END.matcher(v.strip());
            if (!m.find()) {
                return null;
            }
            String title = m.group(1).replaceAll("評\\s?価\\s?書", "評価書");
            return title.contains("。") || title.contains("、") ? null : title;
        }

        /** The 事務の名称: never a number, a bracket, a label or a paragraph. */
        private static String processName(String v) {
            String s = firstLineOrAll(v);
            s = ITEM_NUMBER.matcher(s).replaceFirst("");
            s = DRAFT_MARK.matcher(s).replaceAll("").strip();
            if (s.isEmpty() || s.codePointCount(0, s.length()) > MAX_PROCESS || s.contains("。")
                    || !s.matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}A-Za-z].*")
                    || FormVocabulary.isPlainLabel(s) || FormVocabulary.isDash(s)) {
                return null;
            }
            return s;
        }

        private static String bounded(String s, int max) {
            return s.codePointCount(0, s.length()) > max ? null : s;
        }

        private static String unique(List<String> candidates) {
            List<String> d = candidates.stream().distinct().toList();
            return d.size() == 1 ? d.get(0) : null;
        }
    }
}
