package io.mynumberlineage.graph;

/** A readable name for a canonical key, for lists and the full-text index: 番号法/19/8/別表2/27 → 番号法 第19条第8号 別表第二 27の項. */
public final class LegalBasisLabel {

    private LegalBasisLabel() {
    }

    public static String of(String key) {
        String[] parts = key.split("/");
        StringBuilder label = new StringBuilder();
        int i = 0;
        if (parts[0].equals("条例") && parts.length > 1) {
            label.append(parts[1]).append(" 条例");
            i = 2;
        } else {
            label.append(parts[0]);
            i = 1;
        }
        boolean act = parts[0].equals("番号法");
        int position = 0;
        for (; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("別表")) {
                label.append(" 別表第").append(part.endsWith("1") ? "一" : "二");
                if (i + 1 < parts.length) {
                    label.append(' ').append(parts[i + 1]).append("の項");
                }
                break;
            }
            if (position == 0) {
                label.append(" 第").append(part).append('条');
            } else if (position == 1) {
                // 番号法 第19条 is cited by 号 (第19条第8号); other articles by 項.
                label.append('第').append(part).append(act && parts[i - 1].equals("19") ? "号" : "項");
            } else {
                label.append('第').append(part).append('号');
            }
            position++;
        }
        return label.toString();
    }
}
