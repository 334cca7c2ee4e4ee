package io.mynumberlineage.pia.read;

import java.util.List;

/**
 * Text with a space between every character (「評 価 書 番 号」), as some PDF extractors and
 * letter-spaced layouts produce: the single spaces are letter spacing, two or more spaces separate
 * words. Collapsed only when the document as a whole is spaced out, so an ordinary line with a few
 * one-character words is never glued together.
 */
final class SpacedLetters {

    private SpacedLetters() {
    }

    /** True when most lines long enough to tell are spaced out letter by letter. */
    static boolean isSpacedOut(List<String> lines) {
        int judged = 0;
        int spaced = 0;
        for (String l : lines) {
            int[] counts = tokenCounts(l);
            if (counts[0] >= 5) {
                judged++;
                if (counts[1] * 100 >= counts[0] * 85 && counts[2] * 2 >= counts[0]) {
                    spaced++;
                }
            }
        }
        return judged > 0 && spaced * 2 > judged;
    }

    /** [tokens, one-character tokens, non-ASCII tokens] of a line split at spaces and tabs, without allocating. */
    private static int[] tokenCounts(String line) {
        int tokens = 0;
        int single = 0;
        int wide = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                i++;
            }
            tokens++;
            if (line.codePointCount(start, i) == 1) {
                single++;
            }
            if (c >= 0x80) {
                wide++;
            }
        }
        return new int[] {tokens, single, wide};
    }

    /** Removes single spaces between letters; runs of two or more spaces become one word space. */
    static String collapse(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ') {
                int j = i;
                while (j < n && line.charAt(j) == ' ') {
                    j++;
                }
                if (j - i >= 2 && out.length() > 0 && j < n) {
                    out.append(' ');
                }
                i = j;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
