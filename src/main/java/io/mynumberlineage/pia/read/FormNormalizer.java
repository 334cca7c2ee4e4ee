package io.mynumberlineage.pia.read;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * NFKC for form text, except the circled numbers (①②③…) that number the form's fields:
 * NFKC would turn 「①事務の名称」 into 「1事務の名称」 and lose the label structure.
 * Also unifies the many ways a ticked box is printed ([○], [ ○ ], [O], [x]) into {@code [x]}.
 */
public final class FormNormalizer {

    private static final Pattern TICKED = Pattern.compile("\\[\\s*(?:○|〇|◯|●|O|o|x|X|✓|✔|レ)\\s*\\]");
    private static final Pattern EMPTY_BOX = Pattern.compile("\\[\\s*\\]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    public String normalize(String s) {
        String n = nfkcKeepingCircled(s);
        if (n.indexOf('[') >= 0) {
            n = TICKED.matcher(n).replaceAll(MarkupStripper.CHECKED);
            n = EMPTY_BOX.matcher(n).replaceAll(MarkupStripper.UNCHECKED);
        }
        return n;
    }

    /** Collapses runs of spaces inside a cell; tabs (cell borders) are handled by the caller. */
    public static String collapseSpaces(String s) {
        return s.indexOf("  ") >= 0 ? SPACES.matcher(s).replaceAll(" ").trim() : s.trim();
    }

    public static boolean isCircledNumber(int cp) {
        return (cp >= 0x2460 && cp <= 0x2473) || (cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x32B1 && cp <= 0x32BF);
    }

    /** ① → 1, ⑳ → 20, ㉑ → 21 …; -1 for anything else. */
    public static int circledValue(int cp) {
        if (cp >= 0x2460 && cp <= 0x2473) {
            return cp - 0x2460 + 1;
        }
        if (cp >= 0x3251 && cp <= 0x325F) {
            return cp - 0x3251 + 21;
        }
        if (cp >= 0x32B1 && cp <= 0x32BF) {
            return cp - 0x32B1 + 36;
        }
        return -1;
    }

    private static String nfkcKeepingCircled(String s) {
        boolean hasCircled = false;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                if (isCircledNumber(c)) {
                    hasCircled = true;
                    break;
                }
            }
        }
        if (ascii) {
            return s;
        }
        if (!hasCircled) {
            return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        StringBuilder out = new StringBuilder(s.length());
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isCircledNumber(s.charAt(i))) {
                out.append(Normalizer.normalize(s.substring(start, i), Normalizer.Form.NFKC));
                out.append(s.charAt(i));
                start = i + 1;
            }
        }
        out.append(Normalizer.normalize(s.substring(start), Normalizer.Form.NFKC));
        return out.toString();
    }
}
