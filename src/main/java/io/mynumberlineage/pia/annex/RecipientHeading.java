package io.mynumberlineage.pia.annex;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recipient's number as the form writes it: 「提供先3 厚生労働大臣」, 「移転先 (12)」.
 * Range headings such as 「提供先2～5」 are page furniture of the form, not recipients.
 *
 * @param name the recipient named on the heading line, or null
 */
record RecipientHeading(FlowKind kind, int ordinal, String name) {

    private static final String NUMBER = "[(]?\\s*(\\d{1,3})\\s*[)]?";
    private static final Pattern AT_START =
            Pattern.compile("^\\s*(提供先|移転先)\\s*" + NUMBER + "(?![\\d~〜～\\-－])\\s*(.*)$");
    private static final Pattern AT_END =
            Pattern.compile("(?:^|[\\s)])(提供先|移転先)\\s*" + NUMBER + "\\s*$");
    private static final Pattern RANGE =
            Pattern.compile("(提供先|移転先)\\s*\\d{1,3}\\s*[~〜～\\-－]\\s*\\d{1,3}");
    private static final Pattern REFERENCE = Pattern.compile("別紙\\s*\\d*.*(参照|とおり|通り)");

    /** A heading at the start of a line, with the recipient named after it if any. */
    static Optional<RecipientHeading> atStart(String line) {
        Matcher m = AT_START.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = PdfLineJoiner.collapseSpaces(m.group(3));
        if (rest.startsWith("~") || rest.startsWith("〜")) {
            return Optional.empty();
        }
        String name = rest.isEmpty() || isReference(rest) || FlowFieldLabel.match(rest).isPresent() ? null : rest;
        return Optional.of(new RecipientHeading(FlowKind.fromWord(m.group(1)), Integer.parseInt(m.group(2)), name));
    }

    /** A heading ending a line, as in the 項目 column of the 変更箇所 table (「…移 / 転 移転先7」). */
    static Optional<RecipientHeading> atEnd(String line) {
        Matcher m = AT_END.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new RecipientHeading(FlowKind.fromWord(m.group(1)), Integer.parseInt(m.group(2)), null));
    }

    static boolean isRange(String line) {
        return RANGE.matcher(line).find();
    }

    /** 「移転先1～28は別紙２を参照」: the value lives elsewhere, it is not itself a value. */
    static boolean isReference(String text) {
        return text != null && REFERENCE.matcher(text).find();
    }

    String label() {
        return kind.recipientWord() + ordinal;
    }
}
