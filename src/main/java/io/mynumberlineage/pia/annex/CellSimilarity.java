package io.mynumberlineage.pia.annex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two table cells read, as TF-IDF weighted character-bigram cosine over a set of cells.
 * The before/after cells of one 変更箇所 row usually share the law names they cite, while the
 * boilerplate every cell shares (「番号法第9条第1項 別表第…」) weighs almost nothing; this is how
 * cells that the PDF moved away from their row are matched back to it.
 */
final class CellSimilarity {

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    CellSimilarity(List<String> cells) {
        for (String cell : cells) {
            bigrams(cell).keySet().forEach(b -> documentFrequency.merge(b, 1, Integer::sum));
        }
        this.documents = cells.size();
    }

    double of(String a, String b) {
        Map<String, Double> va = weights(a);
        Map<String, Double> vb = weights(b);
        double dot = 0;
        for (var e : va.entrySet()) {
            dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
        }
        double na = norm(va);
        double nb = norm(vb);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private Map<String, Double> weights(String s) {
        Map<String, Double> out = new HashMap<>();
        bigrams(s).forEach((b, n) -> out.put(b,
                n * Math.log((documents + 1.0) / (documentFrequency.getOrDefault(b, 0) + 0.5))));
        return out;
    }

    private static double norm(Map<String, Double> v) {
        double sum = 0;
        for (double x : v.values()) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static Map<String, Integer> bigrams(String s) {
        String t = s == null ? "" : s.replaceAll("\\s", "");
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 2 <= t.length(); i++) {
            out.merge(t.substring(i, i + 2), 1, Integer::sum);
        }
        return out;
    }
}
