package io.mynumberlineage.law;

/**
 * What a legal basis allows, as DESIGN's {@code LegalBasis.kind}.
 *
 * <p>The parser infers it from the provision cited (see {@link CitationParser} for the rule):
 * 第9条 / 別表第一 → 利用, 第19条 → 提供 (照会 when the text speaks of 情報照会), 第19条第5号 → 委託.
 * The caller knows whether its flow is a 提供 or a 移転 within the same body and may override.
 */
public enum BasisKind {
    USE("利用"),
    PROVIDE("提供"),
    INQUIRE("照会"),
    TRANSFER("移転"),
    ENTRUST("委託"),
    OTHER("その他");

    private final String label;

    BasisKind(String label) {
        this.label = label;
    }

    /** The Japanese word used in the graph and the UI. */
    public String label() {
        return label;
    }
}
