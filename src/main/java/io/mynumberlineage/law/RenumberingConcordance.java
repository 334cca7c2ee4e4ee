package io.mynumberlineage.law;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Item numbers after the 2024-05-27 amendment mapped back to the numbers before it.
 *
 * <p>The amendment (令和5年法律第48号) renumbered the lists: the 主務省令 that replaced 別表第二 numbers
 * its table differently (地方税 was 別表第二 27, is 第2条の表 48), and so does the 別表 that replaced
 * 別表第一 (地方税 was 16, is 24). LAW-NOTES §3 had assumed the numbers were kept [U]; the seeds'
 * change records (変更箇所) show they were not. Only pairs with evidence are in
 * {@code law/renumbering-2024-concordance.json} (built by {@code tools/law/build_law_catalog.py});
 * an item not listed stays under its own key so nothing is merged on a guess.
 */
@Component
public class RenumberingConcordance {

    /** Where the default data lives on the classpath. */
    public static final String RESOURCE = "law/renumbering-2024-concordance.json";

    /** An evidenced pair: {@code newTable}/{@code newItem} is the same item as {@code oldTable}/{@code oldItem}. */
    public record Pair(String newTable, String newItem, String oldTable, String oldItem, String evidence, String source) {
    }

    private final Map<String, Pair> byNew;

    /** Loads the default data from the classpath. */
    public RenumberingConcordance() {
        this(load());
    }

    public RenumberingConcordance(Map<String, Pair> byNewTableAndItem) {
        this.byNew = Map.copyOf(byNewTableAndItem);
    }

    /** The pre-2024 item for {@code newTable} (別表 or 主務省令2表) item {@code newItem}, if evidenced. */
    public Optional<Pair> oldItemOf(String newTable, String newItem) {
        return Optional.ofNullable(byNew.get(newTable + "/" + newItem));
    }

    /**
     * The post-2024 items paired with a pre-2024 item ({@code oldTable} 別表1 or 別表2), if evidenced: the
     * other direction of {@link #oldItemOf}. Empty means unpaired, never "the same number".
     */
    public List<Pair> newItemsOf(String oldTable, String oldItem) {
        return byNew.values().stream()
                .filter(p -> p.oldTable().equals(oldTable) && p.oldItem().equals(oldItem))
                .sorted(Comparator.comparing(Pair::newTable).thenComparing(Pair::newItem))
                .toList();
    }

    /** Every evidenced pair. */
    public List<Pair> pairs() {
        return byNew.values().stream()
                .sorted(Comparator.comparing(Pair::newTable).thenComparing(p -> sortable(p.newItem())))
                .toList();
    }

    private static String sortable(String item) {
        String head = item.split("の")[0];
        return "%05d%s".formatted(Integer.parseInt(head), item.substring(head.length()));
    }

    /** Number of evidenced pairs. */
    public int size() {
        return byNew.size();
    }

    private static Map<String, Pair> load() {
        try (InputStream in = RenumberingConcordance.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Pair> map = new HashMap<>();
            for (JsonNode p : root.path("pairs")) {
                Pair pair = new Pair(p.path("newTable").asText(), p.path("newItem").asText(),
                        p.path("oldTable").asText(), p.path("oldItem").asText(),
                        p.path("evidence").asText(), p.path("source").toString());
                map.put(pair.newTable() + "/" + pair.newItem(), pair);
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
