package io.mynumberlineage.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One manifest as rows ready for UNWIND: every node and relationship the loader writes, keyed by
 * stable ids. Built without a database by {@link ManifestGraphMapper}, so mapping is unit-tested
 * and loading is a fixed set of parameterised statements.
 */
public record GraphDocument(
        String assessmentId,
        String assessmentKey,
        String municipality,
        Map<String, Object> assessment,
        Map<String, Object> process,
        List<Map<String, Object>> organizations,
        List<Map<String, Object>> departments,
        List<Map<String, Object>> systems,
        List<Map<String, Object>> connections,
        List<Map<String, Object>> files,
        List<Map<String, Object>> legalBases,
        List<Map<String, Object>> contractors,
        List<FlowRow> flows,
        List<RouteHop> routes,
        List<Map<String, Object>> storage) {

    /**
     * The steps of a route inside the municipality: 保管 (into the holding system) and 連携 (between
     * its systems). Their hops rest on the 事務's own 利用 basis, not on the statement's, and carry
     * no 別表 item; every other hop (経由, the statement's own hop) rests on the statement's basis.
     */
    public static final Set<String> INSIDE_STEPS = Set.of("保管", "連携");

    /**
     * One flow statement: the reified Flow node's properties, the FLOWS_TO shortcut's properties,
     * and its two ends. Labels come from {@link NodeKind}, never from input.
     */
    public record FlowRow(String id, NodeKind source, String sourceKey, NodeKind target, String targetKey,
            Map<String, Object> properties, Map<String, Object> edge, List<String> basis, List<String> items,
            List<String> via) {
    }

    /**
     * One hop of a statement's route through systems (a ROUTE relationship): its ends by kind and
     * key, and its properties (flow, seq, last, kind, step, evidence, ruleId, basis, provenance …).
     */
    public record RouteHop(NodeKind source, String sourceKey, NodeKind target, String targetKey,
            Map<String, Object> properties) {
    }
}
