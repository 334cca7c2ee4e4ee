package io.mynumberlineage.pia.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 別添 記録項目: the item lists of each file, in numbered, comma or space-separated layouts. */
final class RecordItemsReader implements PartReader {

    private static final Pattern BRACKETED_FILE = Pattern.compile("^【\\s*(?:\\d{1,2}\\s*[.．]\\s*)?([^】]{2,40})】\\s*");

    private final FormState state;
    private FileDraft itemsFile;

    RecordItemsReader(FormState state) {
        this.state = state;
    }

    @Override
    public void read(FormBlock b) {
        String body = b.text();
        Matcher bracketed = BRACKETED_FILE.matcher(body);
        if (bracketed.find()) {
            // 「【1.住民基本台帳ファイル】1.処理番号、…」: the file's name heads its item list.
            itemsFile = state.files.find(bracketed.group(1));
            body = body.substring(bracketed.end());
        }
        if (b.kind == FormBlock.Kind.ITEM) {
            String[] parts = body.split("\n", 2);
            itemsFile = state.files.find(parts[0]);
            body = parts.length > 1 ? parts[1] : "";
        }
        FileDraft f = itemsFile != null ? itemsFile : state.files.only();
        if (f == null) {
            state.unparsed(b, "記録項目の対象ファイルが特定できません");
            return;
        }
        if (body.isBlank()) {
            state.place(b);
            return;
        }
        List<String> items = items(body);
        if (b.kind == FormBlock.Kind.FIELD && !b.label.isEmpty()) {
            items.add(0, b.label);
        }
        List<String> notItems = items.stream()
                .filter(i -> i.contains("。") || i.startsWith("[") || i.codePointCount(0, i.length()) > 80).toList();
        if (!notItems.isEmpty()) {
            // Sentences are not item names: PDF pages mix other sections' text into the list.
            items.removeAll(notItems);
            state.ledger.setAside(String.join("、", notItems), "記録項目の一覧に混ざった文", state.provenance(b, notItems.get(0)));
        }
        f.items.addAll(items);
        state.place(b);
    }

    static List<String> items(String body) {
        // An 、-separated list wrapped by PDF extraction continues mid-name, so its lines join
        // without a separator; other lines (space-separated lists) each stand alone.
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (String l : body.split("\n")) {
            if (previous != null) {
                sb.append(previous.contains("、") ? "" : "\t");
            }
            sb.append(l);
            previous = l;
        }
        // 「<宛名>」 group captions name a group of items, not an item.
        String joined = sb.toString().replaceAll("<[^<>]{1,30}>", "\t");
        List<String> items = new ArrayList<>();
        for (String cell : joined.split("\t| {2,}")) {
            if (!cell.contains("、") && cell.trim().split(" ").length >= 3) {
                // 「宛名番号 個人番号 氏名情報」: a space-separated list without numbering.
                cell = cell.trim().replace(' ', '、');
            }
            for (String it : FieldValues.enumeration(cell)) {
                String name = it.replaceFirst("^\\d{1,3}\\s+", "").trim();
                if (!name.isEmpty() && !name.matches("\\d+")) {
                    items.add(name);
                }
            }
        }
        return items;
    }
}
