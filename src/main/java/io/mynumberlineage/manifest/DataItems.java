package io.mynumberlineage.manifest;

import java.text.Normalizer;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The one rule for "is this data item the 個人番号 itself", used by mapping, both loaders, the
 * trace and the explanations. 評価書 list the number under many names (個人番号, 個人番号（マイナン
 * バー）, 本人の個人番号 …) next to things named after it that are not the number: the card
 * (個人番号カード), its 対応符号, the 通知 and 指定 procedures.
 */
public final class DataItems {

    public static final String MY_NUMBER = "個人番号";
    private static final Pattern MY_NUMBER_ITEM = Pattern.compile("個人番号(?!カード|対応符号|通知|指定|の?利用)");

    private DataItems() {
    }

    public static boolean isMyNumber(String item) {
        return item != null && MY_NUMBER_ITEM.matcher(Normalizer.normalize(item, Normalizer.Form.NFKC)).find();
    }

    public static boolean anyIsMyNumber(Collection<String> items) {
        return items.stream().anyMatch(DataItems::isMyNumber);
    }
}
