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

    /**
     * How this answer disagrees with {@code full}, the uncut BFS answer, under a node budget. Within
     * the budget the two must be equal. Over it, an engine may return everything (PostgreSQL has no
     * budget) or be cut as the service cuts: exactly {@code budget} nodes, every level before the
     * cut level complete and equal, and the cut level a subset of the full one (which of its nodes
     * fit depends on row order).
     */
    public List<String> disagreements(Reach full, int budget, String[] ids, int limit) {
        if (full.size() <= budget || pairs.length == full.pairs.length) {
            return sameAs(new Reach(full.pairs, budgetHit)) && budgetHit == full.size() > budget ? List.of()
                    : differences(new Reach(full.pairs, full.size() > budget), ids, limit);
        }
        List<String> out = new ArrayList<>();
        if (!budgetHit || pairs.length != budget) {
            out.add("cut " + budgetHit + " at " + pairs.length + " nodes; budget " + budget + ", full answer " + full.size());
            return out;
        }
        int[] perLevel = new int[256];
        for (long p : full.pairs) {
            perLevel[hops(p)]++;
        }
        int cutLevel = 0;
        for (int seen = perLevel[0]; seen <= budget; seen += perLevel[++cutLevel]) {
            // the first level at which the full answer passes the budget
        }
        int before = 0;
        for (long p : pairs) {
            if (hops(p) > cutLevel || Arrays.binarySearch(full.pairs, p) < 0) {
                if (out.size() < limit) {
                    out.add(ids[node(p)] + ": " + hops(p) + " hops, not so in the full answer (cut at level " + cutLevel + ")");
                }
            } else if (hops(p) < cutLevel) {
                before++;
            }
        }
        int expected = 0;
        for (int level = 0; level < cutLevel; level++) {
            expected += perLevel[level];
        }
        if (before != expected && out.size() < limit) {
            out.add(before + " nodes before the cut level " + cutLevel + ", the full answer has " + expected);
        }
        return out;
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
