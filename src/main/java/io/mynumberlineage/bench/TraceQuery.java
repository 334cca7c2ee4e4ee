package io.mynumberlineage.bench;

/**
 * One trace every engine answers: downstream from node {@code start} of the {@link TraceGraph}, for
 * {@code item}, in force on {@code asOf} (yyyymmdd), at most {@code maxHops}, cut at {@code budget} nodes.
 */
public record TraceQuery(int start, int maxHops, int asOf, String item, int budget) {

    public String asOfIso() {
        return TraceGraph.isoDate(asOf);
    }
}
