package io.mynumberlineage.pia.annex;

/** The two kinds of recipient list the form has, with the words it uses for them. */
public enum FlowKind {
    PROVISION("提供", "提供先"),
    TRANSFER("移転", "移転先");

    private final String label;
    private final String recipientWord;

    FlowKind(String label, String recipientWord) {
        this.label = label;
        this.recipientWord = recipientWord;
    }

    /** The manifest's {@code FlowRecord.kind} value. */
    public String label() {
        return label;
    }

    /** 提供先 / 移転先. */
    public String recipientWord() {
        return recipientWord;
    }

    static FlowKind fromWord(String word) {
        if (word == null) {
            return null;
        }
        if (word.startsWith("提供")) {
            return PROVISION;
        }
        if (word.startsWith("移転")) {
            return TRANSFER;
        }
        return null;
    }
}
