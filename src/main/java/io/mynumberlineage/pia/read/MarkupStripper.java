package io.mynumberlineage.pia.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the HTML that some publishers leave in table cells while keeping what the markup meant:
 * a ticked {@code <input … checked>} becomes {@code [x]}, an unticked one {@code [ ]}, so
 * 「[x] 電子記録媒体」 survives; block tags become spaces; entities are decoded.
 */
public final class MarkupStripper {

    public static final String CHECKED = "[x]";
    public static final String UNCHECKED = "[ ]";

    private static final Pattern BRACKETED_INPUT = Pattern.compile("\\[\\s*<input\\b([^>]*)>\\s*\\]", Pattern.CASE_INSENSITIVE);
    // "[<input/> 十分である]": the bracket already carries the chosen value, the input is an artefact.
    private static final Pattern INPUT_BEFORE_VALUE = Pattern.compile("\\[\\s*<input\\b[^>]*>\\s*(?=[^\\]\\s<])", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern CHECKED_ATTR = Pattern.compile("\\bchecked\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    public String strip(String line) {
        if (line.indexOf('<') < 0 && line.indexOf('&') < 0) {
            return line;
        }
        String s = line;
        if (s.indexOf('<') >= 0) {
            s = replaceInputs(BRACKETED_INPUT, s);
            s = INPUT_BEFORE_VALUE.matcher(s).replaceAll("[");
            s = replaceInputs(INPUT, s);
            s = TAG.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        return s;
    }

    private static String replaceInputs(Pattern pattern, String s) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String mark = CHECKED_ATTR.matcher(m.group(1)).find() ? CHECKED : UNCHECKED;
            m.appendReplacement(out, Matcher.quoteReplacement(mark));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp", "ensp", "emsp", "thinsp" -> " ";
                default -> numeric(e, m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String numeric(String e, String original) {
        try {
            int cp;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                cp = Integer.parseInt(e.substring(2), 16);
            } else if (e.startsWith("#")) {
                cp = Integer.parseInt(e.substring(1));
            } else {
                return original;
            }
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
        } catch (NumberFormatException ex) {
            return original;
        }
    }
}
