package io.mynumberlineage.guard;

/**
 * Input refused because it holds what could be a real 個人番号. The messages never repeat the
 * number, so they can be shown and logged safely.
 */
public class MyNumberRejected extends RuntimeException {

    /** The reason alone, for messages that go on to say where and what to do. */
    public static final String SHORT = "個人番号と思われる 12 桁の数字（検査用数字が一致するもの）が含まれているため、受け付けませんでした。";

    public static final String MESSAGE = SHORT
            + "個人番号そのものは登録・検索できません。該当箇所を削除してから再度お試しください。";

    public MyNumberRejected(String where) {
        super(where + ": " + MESSAGE);
    }
}
