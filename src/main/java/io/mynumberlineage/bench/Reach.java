package io.mynumberlineage.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a trace reached, engine-neutral: (node number, hop distance) pairs sorted by node, and
 * whether the node budget cut the answer (then the last level depends on row order and is not
 * comparable).
 */
public record Reach(long[] pairs, boolean budgetHit) {

    /** From node → hops; the map is not kept. */
    public static Reach of(Map<Integer, Integer> hopsByNode, boolean budgetHit) {
        long[] pairs = new long[hopsByNode.size()];
        int i = 0;
        for (var e : hopsByNode.entrySet()) {
            pairs[i++] = pack(e.getKey(), e.getValue());
        }
        Arrays.sort(pairs);
        return new Reach(pairs, budgetHit);
    }

    static long pack(int node, int hops) {
        return ((long) node << 8) | hops;
    }

    public int size() {
        return pairs.length;
    }

    public static int node(long pair) {
        return (int) (pair >>> 8);
    }

    public static int hops(long pair) {
        return (int) (pair & 0xff);
    }

    public boolean sameAs(Reach other) {
        return budgetHit == other.budgetHit && Arrays.equals(pairs, other.pairs);
    }

    /** Up to {@code limit} differences, each as "id: hops here vs there" in Japanese-free plain form. */
    public List<String> differences(Reach other, String[] ids, int limit) {
        List<String> out = new ArrayList<>();
        if (budgetHit != other.budgetHit) {
            out.add("budgetHit " + budgetHit + " vs " + other.budgetHit);
        }
        int i = 0;
        int j = 0;
        while ((i < pairs.length || j < other.pairs.length) && out.size() < limit) {
            int a = i < pairs.length ? node(pairs[i]) : Integer.MAX_VALUE;
            int b = j < other.pairs.length ? node(other.pairs[j]) : Integer.MAX_VALUE;
            if (a == b) {
                if (hops(pairs[i]) != hops(other.pairs[j])) {
                    out.add(ids[a] + ": " + hops(pairs[i]) + " vs " + hops(other.pairs[j]) + " hops");
                }
                i++;
                j++;
            } else if (a < b) {
                out.add(ids[a] + ": " + hops(pairs[i]) + " hops vs missing");
                i++;
            } else {
                out.add(ids[b] + ": missing vs " + hops(other.pairs[j]) + " hops");
                j++;
            }
        }
        return out;
    }
}
