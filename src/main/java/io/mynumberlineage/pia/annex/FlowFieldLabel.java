package io.mynumberlineage.pia.annex;

import io.mynumberlineage.pia.extract.RecipientField;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered field labels of a 提供先 / 移転先 entry in the form (section II-5 and its 別紙):
 * ①法令上の根拠 … ⑦時期・頻度. After NFKC the circled digits read as plain digits, so both are
 * accepted. Labels ④ and ⑤ are often wrapped (「④提供する情報の対象とな / る本人の数」).
 */
enum FlowFieldLabel {
    CITATION(RecipientField.CITATION),
    PURPOSE(RecipientField.PURPOSE),
    ITEMS(RecipientField.ITEMS),
    RECORD_COUNT(RecipientField.RECORD_COUNT),
    SCOPE(RecipientField.SCOPE),
    METHOD(RecipientField.METHOD),
    FREQUENCY(RecipientField.FREQUENCY);

    private final Pattern pattern;

    FlowFieldLabel(RecipientField field) {
        char circled = (char) ('\u2460' + field.number() - 1);
        this.pattern = Pattern.compile("^\\s*[" + field.number() + circled + "]\\s*" + field.wording());
    }

    /**
     * @param kind the kind the label names (②③④⑤⑥ say 提供 or 移転), or null for ① and ⑦
     * @param rest the text after the label on the same line (the start of the value)
     * @param wrapped true when the label's tail (「る本人の数」) is expected on the next line
     */
    record Match(FlowFieldLabel field, FlowKind kind, String rest, boolean wrapped) {
    }

    static Optional<Match> match(String line) {
        if (line == null) {
            return Optional.empty();
        }
        for (FlowFieldLabel label : values()) {
            Matcher m = label.pattern.matcher(line);
            if (m.find()) {
                FlowKind kind = m.groupCount() >= 1 ? FlowKind.fromWord(m.group(1)) : null;
                String matched = m.group();
                boolean wrapped = (label == RECORD_COUNT || label == SCOPE) && matched.endsWith("対象とな");
                return Optional.of(new Match(label, kind, line.substring(m.end()).strip(), wrapped));
            }
        }
        return Optional.empty();
    }

    /** The wrapped tail of labels ④/⑤ when it sits on its own line. */
    static String stripWrappedTail(String line) {
        String s = line.strip();
        for (String tail : new String[] {"る本人の数", "る本人の範囲"}) {
            if (s.startsWith(tail)) {
                return s.substring(tail.length()).strip();
            }
        }
        return null;
    }
}
