package io.mynumberlineage.pia.annex;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises what the PDF repeats on every page or prints around every choice field, so that it
 * is neither taken for content nor reported as unparsed: page numbers, table header rows that
 * recur at each page top, lone checkbox brackets and the numbered options of a choice list.
 * Repetition is measured on the document itself, never on line positions.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^(?:[-－‐]\\s*\\d{1,4}\\s*[-－‐]|\\d{1,4}\\s*/\\s*\\d{1,4}|[Pp]\\.?\\s*\\d{1,4}|\\d{1,4}\\s*ページ)$");
    private static final Pattern CHOICE_OPTION = Pattern.compile("^\\]?\\s*\\d{1,2}\\)\\s*\\S");
    private static final Pattern CHOICE_HEADER = Pattern.compile("^\\[?\\s*\\]?\\s*<選択肢>\\s*\\]?$");
    private static final Pattern LONE_BRACKETS = Pattern.compile("^[\\[\\]\\s]+$");
    private static final Pattern UNCHECKED_BOX = Pattern.compile("\\[\\s*\\]");
    private static final int MIN_REPEATS = 3;

    private final Set<String> repeatedHeaders;

    private PageFurniture(Set<String> repeatedHeaders) {
        this.repeatedHeaders = repeatedHeaders;
    }

    /** Learns the document's repeated header rows. */
    static PageFurniture of(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            String s = PdfLineJoiner.collapseSpaces(line);
            if (looksLikeHeaderRow(s)) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        Set<String> headers = new HashSet<>();
        counts.forEach((s, n) -> {
            if (n >= MIN_REPEATS) {
                headers.add(s);
            }
        });
        return new PageFurniture(headers);
    }

    /**
     * A table header row: several short column titles separated by spaces, no digits (a value
     * row almost always has one), no checkbox, no field label.
     */
    private static boolean looksLikeHeaderRow(String s) {
        if (s.isEmpty() || s.indexOf('[') >= 0 || s.indexOf(']') >= 0 || s.matches(".*\\d.*")) {
            return false;
        }
        String[] tokens = s.split(" ");
        if (tokens.length < 3) {
            return false;
        }
        for (String t : tokens) {
            if (t.length() > 16) {
                return false;
            }
        }
        return FlowFieldLabel.match(s).isEmpty();
    }

    boolean isPageFurniture(String line) {
        String s = PdfLineJoiner.collapseSpaces(line);
        return PAGE_NUMBER.matcher(s).matches() || repeatedHeaders.contains(s);
    }

    /** The header rows that start each page of a table (a page boundary marker). */
    boolean isRepeatedHeader(String line) {
        return repeatedHeaders.contains(PdfLineJoiner.collapseSpaces(line));
    }

    /**
     * Choice-list options, 「＜選択肢＞」, lone brackets and unchecked checkbox rows: form
     * furniture that carries no recorded value.
     */
    static boolean isChoiceNoise(String line) {
        String s = PdfLineJoiner.collapseSpaces(line);
        if (s.isEmpty()) {
            return false;
        }
        if (CHOICE_HEADER.matcher(s).matches() || LONE_BRACKETS.matcher(s).matches()
                || CHOICE_OPTION.matcher(s).find()) {
            return true;
        }
        if (s.indexOf('○') >= 0 || s.indexOf('〇') >= 0) {
            return false;
        }
        // fragments of unchecked checkbox rows that the PDF split at the brackets: 「] 紙」, 「… [」
        return (s.startsWith("[") && UNCHECKED_BOX.matcher(s).find()) || s.startsWith("]") || s.endsWith("[");
    }
}
