package io.mynumberlineage.trace;

import java.util.List;
import java.util.Map;

/**
 * A trace's answer in plain Java values (lists as Lists), however it was read: in-process
 * ({@link TraceWalk}) or over the driver ({@link TraceCypher}).
 *
 * @param droppedNodes how many distinct nodes were met beyond the budget
 * @param flows the Flow nodes' properties by flow id, when provenance was asked for
 * @param hubDegrees FLOWS_TO edges leaving each hub not expanded, by node key
 */
record RawTrace(List<RawTrace.RawNode> nodes, List<RawTrace.RawEdge> edges, int droppedNodes, int droppedEdges,
        Map<String, Map<String, Object>> flows, Map<Object, Integer> hubDegrees) {

    /** @param key the store's id for the node: its element id over the driver, its internal id in-process */
    record RawNode(Object key, Iterable<String> labels, Map<String, Object> properties, int hops) {
    }

    /** An edge from the search's near side to its far side (node keys), with the properties asked for. */
    record RawEdge(Object near, Object far, String type, Map<String, Object> properties, int hops) {
    }
}
