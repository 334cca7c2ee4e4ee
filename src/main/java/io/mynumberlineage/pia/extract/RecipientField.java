package io.mynumberlineage.pia.extract;

import java.util.regex.Pattern;

/**
 * The fields of one 提供先 / 移転先 in the form (II-5, and the 別紙 that continue it), ①〜⑦ in the
 * form's order: the one place their wording lives, for the body's reader and for the 別紙 reader.
 * {@code (提供|移転)} is the kind each label names; 「法令上の根」 and 「…の対象とな」 are the stems PDF
 * extraction leaves when it wraps a label.
 */
public enum RecipientField {
    CITATION("法令上の根拠?"),
    PURPOSE("(提供先|移転先)における用途"),
    ITEMS("(提供|移転)する情報(?!の対象)"),
    RECORD_COUNT("(提供|移転)する情報の対象とな(?:る本人の数)?"),
    SCOPE("(提供|移転)する情報の対象とな(?:る本人の範囲)?"),
    METHOD("(提供|移転)方法"),
    FREQUENCY("時期・頻度");

    private final String wording;
    private final Pattern whole;

    RecipientField(String wording) {
        this.wording = wording;
        this.whole = Pattern.compile(wording);
    }

    /** The label's text after its number, as a regular expression; group 1 (when present) is the kind. */
    public String wording() {
        return wording;
    }

    /** The number the form prints before the label (①, or 1 once NFKC has folded it). */
    public int number() {
        return ordinal() + 1;
    }

    /** The field a whole label (without its number) names, or null when it names none of them. */
    public static RecipientField ofLabel(String label) {
        for (RecipientField field : values()) {
            if (field.whole.matcher(label).matches()) {
                return field;
            }
        }
        return null;
    }
}
