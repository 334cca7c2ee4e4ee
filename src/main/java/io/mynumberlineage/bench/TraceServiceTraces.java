package io.mynumberlineage.bench;

import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.trace.TraceService;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import io.mynumberlineage.trace.TraceService.TraceRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** TraceService called in-process: what the GraphQL endpoint runs, without HTTP and JSON. */
public final class TraceServiceTraces implements PeerEngine {

    private final TraceService service;
    private final TraceGraph graph;
    private final Map<String, Integer> byApiId;

    public TraceServiceTraces(TraceService service, TraceGraph graph) {
        this.service = service;
        this.graph = graph;
        this.byApiId = graph.byApiId();
    }

    @Override
    public String name() {
        return "TraceService (in-process)";
    }

    @Override
    public Reach trace(TraceQuery q) {
        var start = NodeId.parse(graph.apiIds()[q.start()]).orElseThrow();
        var trace = service.trace(new TraceRequest(start, q.item(), TraceDirection.DOWNSTREAM, q.maxHops(),
                LocalDate.parse(q.asOfIso()), List.of(), q.budget(), TraceService.Answer.NODES)).orElseThrow();
        Map<Integer, Integer> hops = new HashMap<>();
        for (var n : trace.nodes()) {
            Integer node = byApiId.get(n.node().id());
            if (node == null) {
                throw new IllegalStateException("trace answered a node outside the copied graph: " + n.node().id());
            }
            hops.put(node, n.hops());
        }
        return Reach.of(hops, trace.leftOut().nodes() > 0);
    }
}
