package io.mynumberlineage.pia.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of the form this package needs to find: each file's section II (by its heading
 * 「Ⅱ 特定個人情報ファイルの概要」), the 提供・移転 counts it states, and 別紙 sections.
 */
final class DocumentOutline {

    private static final Pattern FILE_SECTION = Pattern.compile("^\\s*II\\s*特定個人情報ファイルの概要\\s*$");
    private static final Pattern FILE_SECTION_END = Pattern.compile(
            "^\\s*(?:III\\s*特定個人情報ファイルの取扱い|IV\\s*その他のリスク対策|V\\s*開示請求|VI\\s*評価実施手続|\\(?別添)");
    private static final Pattern FILE_NAME_LABEL = Pattern.compile("^\\s*1\\s*[.]?\\s*特定個人情報ファイル名\\s*$");
    private static final Pattern STATED_COUNT = Pattern.compile("(提供|移転)を行っている\\s*\\(\\s*(\\d+)\\s*\\)\\s*件");
    private static final Pattern ANNEX_HEADING = Pattern.compile("^\\s*[(]?\\s*別紙\\s*(\\d*)\\s*[)]?(?:\\s+(.*))?$");
    private static final Pattern MAJOR_HEADING = Pattern.compile(
            "^\\s*(?:(?:VI|IV|V|III|II|I)\\s*(?:基本情報|特定個人情報|その他のリスク対策|開示請求|評価実施手続)|[(]?別添)");
    private static final Pattern PATH_START = Pattern.compile("^\\s*(?:VII|VI|V|IV|III|II|I)(?:[\\s.]|(?=[^\\x00-\\x7F]))");

    /** A file's section II: lines [from, to), its normalised file name and stated counts. */
    record FileSection(int from, int to, String fileName, Integer statedProvisions, Integer statedTransfers) {
    }

    /** A 別紙 section: the heading line and the lines up to the next heading. */
    record AnnexSection(int headingLine, String number, int to) {
    }

    private DocumentOutline() {
    }

    static List<FileSection> fileSections(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (FILE_SECTION.matcher(lines.get(i)).matches()) {
                starts.add(i);
            }
        }
        List<FileSection> out = new ArrayList<>();
        for (int n = 0; n < starts.size(); n++) {
            int from = starts.get(n);
            int limit = n + 1 < starts.size() ? starts.get(n + 1) : lines.size();
            int to = limit;
            for (int i = from + 1; i < limit; i++) {
                if (FILE_SECTION_END.matcher(lines.get(i)).find()) {
                    to = i;
                    break;
                }
            }
            Integer provisions = null;
            Integer transfers = null;
            for (int i = from; i < to; i++) {
                Matcher m = STATED_COUNT.matcher(lines.get(i));
                while (m.find()) {
                    int count = Integer.parseInt(m.group(2));
                    if (m.group(1).equals("提供") && provisions == null) {
                        provisions = count;
                    } else if (m.group(1).equals("移転") && transfers == null) {
                        transfers = count;
                    }
                }
            }
            out.add(new FileSection(from, to, fileName(lines, from, to), provisions, transfers));
        }
        return out;
    }

    private static String fileName(List<String> lines, int from, int to) {
        for (int i = from; i < Math.min(to, from + 5); i++) {
            if (FILE_NAME_LABEL.matcher(lines.get(i)).matches()) {
                for (int k = i + 1; k < Math.min(to, i + 4); k++) {
                    if (!lines.get(k).isBlank()) {
                        return ChangeTableReader.normaliseFileName(lines.get(k));
                    }
                }
            }
        }
        return null;
    }

    /**
     * 別紙 headings that open a section of their own, not those that merely start a 項目 cell of
     * the 変更箇所 table (「別紙１ / Ⅱ特定個人情報ファイルの概要 …」).
     */
    static List<AnnexSection> annexSections(List<String> lines) {
        List<Integer> headings = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ANNEX_HEADING.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next < lines.size() && next == i + 1 && PATH_START.matcher(lines.get(next)).find()) {
                continue;
            }
            headings.add(i);
            numbers.add(m.group(1));
        }
        List<AnnexSection> out = new ArrayList<>();
        for (int n = 0; n < headings.size(); n++) {
            int from = headings.get(n);
            int limit = n + 1 < headings.size() ? headings.get(n + 1) : lines.size();
            int to = limit;
            for (int i = from + 1; i < limit; i++) {
                if (MAJOR_HEADING.matcher(lines.get(i)).find()) {
                    to = i;
                    break;
                }
            }
            out.add(new AnnexSection(from, numbers.get(n), to));
        }
        return out;
    }
}
