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

    private static final Pattern CHECKED_ATTR = Pattern.compile("\\bchecked\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    public String strip(String line) {
        if (line.indexOf('<') < 0 && line.indexOf('&') < 0) {
            return line;
        }
        String s = line;
        if (s.indexOf('<') >= 0) {
            s = scanTags(s);
            if (s.contains("[[")) {
                s = DOUBLE_BRACKET.matcher(s).replaceAll("$1");
                // "[<input/> 十分である]": the bracket already carries the chosen value, the input is an artefact.
                s = MARK_BEFORE_VALUE.matcher(s).replaceAll("[");
            }
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        return s;
    }

    private static final Pattern DOUBLE_BRACKET = Pattern.compile("\\[\\s*(\\[[x ]\\])\\s*\\]");
    private static final Pattern MARK_BEFORE_VALUE = Pattern.compile("\\[\\s*\\[[x ]\\]\\s*(?=[^\\]\\s<])");

    /** One pass over the line: inputs become tick marks, other tags a space; text is kept. */
    private static String scanTags(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<' && i + 1 < n && (isAsciiLetter(s.charAt(i + 1)) || (s.charAt(i + 1) == '/' && i + 2 < n && isAsciiLetter(s.charAt(i + 2))))) {
                int end = s.indexOf('>', i);
                int nextOpen = s.indexOf('<', i + 1);
                if (end > 0 && (nextOpen < 0 || nextOpen > end) && isHtmlTag(s, i + 1, end)) {
                    String tag = s.substring(i + 1, end);
                    if (tag.regionMatches(true, 0, "input", 0, 5) && (tag.length() == 5 || !isAsciiLetter(tag.charAt(5)))) {
                        out.append(CHECKED_ATTR.matcher(tag).find() ? CHECKED : UNCHECKED);
                    } else {
                        out.append(' ');
                    }
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Only real HTML tags are markup: 「<AI-OCR>」 or 「<http://…>」 are text and must survive. */
    private static boolean isHtmlTag(String s, int from, int end) {
        int start = s.charAt(from) == '/' ? from + 1 : from;
        int i = start;
        while (i < end && (isAsciiLetter(s.charAt(i)) || Character.isDigit(s.charAt(i)))) {
            i++;
        }
        if (i < end && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '/') {
            return false;
        }
        return HTML_TAGS.contains(s.substring(start, i).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> HTML_TAGS = java.util.Set.of("p", "br", "li", "ul", "ol", "div", "span", "table",
            "tr", "td", "th", "tbody", "thead", "tfoot", "input", "b", "i", "u", "s", "strong", "em", "a", "font", "hr", "h1", "h2",
            "h3", "h4", "h5", "h6", "sup", "sub", "small", "img", "label", "col", "colgroup", "caption", "pre", "code",
            "blockquote", "center", "section", "dl", "dt", "dd", "nobr", "wbr", "big");

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
