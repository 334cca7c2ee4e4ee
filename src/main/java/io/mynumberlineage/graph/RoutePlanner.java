package io.mynumberlineage.graph;

import io.mynumberlineage.graph.GraphDocument.FlowRow;
import io.mynumberlineage.graph.GraphDocument.RouteHop;
import io.mynumberlineage.manifest.Provenance;
import io.mynumberlineage.route.NationalArchitecture;
import io.mynumberlineage.route.NationalArchitecture.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns each statement of one document into the path the 個人番号 takes: file → holding system →
 * channel systems → recipient (or, for 入手, source → channel → holding system → file). Hops the
 * document states carry its provenance ({@code STATED}); hops a rule of {@link NationalArchitecture}
 * completes carry the rule's id and the statement it completes ({@code DERIVED}).
 *
 * <p>Each hop keeps the statement's kind, items and myNumber flag; its basis is the statement's for
 * the hops that leave the municipality (the channel and the recipient) and the 事務's 利用 basis for
 * the internal hops (保管, 連携), so a 提供 hop shows its 別表第二 / 主務省令 item and a 連携 hop
 * the 利用 article it rests on.
 */
final class RoutePlanner {

    static final String STATED = "STATED";
    static final String DERIVED = "DERIVED";

    /** Methods that move information outside any system: the route skips the holding system. */
    private static final List<String> OFF_SYSTEM_MEDIA = List.of("紙", "電子メール", "フラッシュメモリ", "電子記録媒体",
            "郵送", "FAX", "ファクシミリ", "CD", "DVD");

    /** Why a system holds a file: the document's own words or a rule. */
    record Holding(String system, String evidence, String ruleId, Provenance provenance) {
    }

    /** A node at one end of a hop. */
    record End(NodeKind kind, String key) {
    }

    /** What the planner needs of the document being mapped. */
    interface Document {

        String municipality();

        /** The municipality's own system of a canonical type, as the document names it. */
        Optional<String> ownSystemOfType(String type);

        /** Adds (if absent) a system the rules need and returns its id. */
        String ensureSystem(String id, String name, String type, boolean national);

        /** The holding systems of a file, best evidence first. */
        List<Holding> holdings(String fileId);

        /** Canonical keys of the 事務's 利用 basis (may be empty). */
        List<String> useBasis();
    }

    private final Document doc;

    RoutePlanner(Document doc) {
        this.doc = doc;
    }

    /** The route of one statement; never empty (a statement with nothing known is one direct hop). */
    List<RouteHop> route(FlowRow flow) {
        Map<String, Object> statement = flow.properties();
        String kind = String.valueOf(statement.get("kind"));
        boolean inbound = "入手".equals(kind);
        End file = inbound ? new End(flow.target(), flow.targetKey()) : new End(flow.source(), flow.sourceKey());
        End party = inbound ? new End(flow.source(), flow.sourceKey()) : new End(flow.target(), flow.targetKey());
        List<String> methods = strings(statement.get("methods"));
        List<String> basis = flow.basis();
        Provenance provenance = provenance(statement);

        List<Leg> legs = new ArrayList<>();
        boolean offSystem = !methods.isEmpty() && methods.stream().allMatch(RoutePlanner::offSystemMedium);
        List<Holding> holdings = doc.holdings(file.key());
        Holding holder = holdings.isEmpty() || offSystem ? null : holdings.get(0);
        // The systems the statement names as its channel, in order (中間サーバー, 庁内連携 …).
        List<String> via = flow.via();
        List<Leg> channel = new ArrayList<>();
        String networkId = "全国/" + EntityCatalog.NETWORK_SYSTEM;
        // A statement whose only methods are paper or media says it leaves every system: no rule overrides that.
        boolean network = !offSystem && (via.contains(networkId) || goesThroughNetwork(kind, basis, party));
        boolean jukiNet = !offSystem && !network && goesThroughJukiNet(statement, methods, file, party);
        if (network) {
            boolean networkStated = via.contains(networkId)
                    || EntityCatalog.NETWORK_SYSTEM.equals(party.key().replace("全国/", ""));
            doc.ownSystemOfType(EntityCatalog.INTEGRATED_ADDRESS)
                    .filter(id -> holder == null || !id.equals(holder.system()))
                    .ifPresent(id -> channel.add(Leg.derived(new End(NodeKind.SYSTEM, id), "連携",
                            NationalArchitecture.INTERMEDIATE_FED_BY_INTEGRATED_ADDRESS)));
            String intermediate = doc.ownSystemOfType(EntityCatalog.INTERMEDIATE_SERVER).orElseGet(() -> doc.ensureSystem(
                    doc.municipality() + "/" + EntityCatalog.INTERMEDIATE_SERVER, EntityCatalog.INTERMEDIATE_SERVER,
                    EntityCatalog.INTERMEDIATE_SERVER, false));
            channel.add(via.contains(intermediate)
                    ? Leg.stated(new End(NodeKind.SYSTEM, intermediate), "連携", provenance)
                    : Leg.derived(new End(NodeKind.SYSTEM, intermediate), "連携",
                            NationalArchitecture.NETWORK_THROUGH_INTERMEDIATE));
            if (!party.key().equals(networkId)) {
                String id = doc.ensureSystem(networkId, EntityCatalog.NETWORK_SYSTEM, EntityCatalog.NETWORK_SYSTEM, true);
                channel.add(networkStated ? Leg.stated(new End(NodeKind.SYSTEM, id), "経由", provenance)
                        : Leg.derived(new End(NodeKind.SYSTEM, id), "経由", NationalArchitecture.NETWORK_PROVISION));
            }
        } else if (jukiNet) {
            Optional<String> cs = doc.ownSystemOfType(EntityCatalog.JUKI_NET);
            if (cs.isPresent() && (holder == null || !cs.get().equals(holder.system()))) {
                boolean stated = methods.stream().anyMatch(m -> EntityCatalog.JUKI_NET.equals(EntityCatalog.systemType(m)));
                channel.add(stated ? Leg.stated(new End(NodeKind.SYSTEM, cs.get()), "連携", provenance)
                        : Leg.derived(new End(NodeKind.SYSTEM, cs.get()), "連携",
                                NationalArchitecture.JUKI_NET_HOLDS_IDENTITY));
            }
            String prefecture = doc.ensureSystem("全国/" + NationalArchitecture.PREFECTURE_SERVER,
                    NationalArchitecture.PREFECTURE_SERVER, NationalArchitecture.PREFECTURE_SERVER, true);
            channel.add(Leg.derived(new End(NodeKind.SYSTEM, prefecture), "経由",
                    NationalArchitecture.JUKI_NET_TO_PREFECTURE));
            if (party.key().equals(EntityCatalog.JLIS)) {
                String national = doc.ensureSystem("全国/" + NationalArchitecture.NATIONAL_SERVER,
                        NationalArchitecture.NATIONAL_SERVER, NationalArchitecture.NATIONAL_SERVER, true);
                channel.add(Leg.derived(new End(NodeKind.SYSTEM, national), "経由",
                        NationalArchitecture.JUKI_NET_TO_JLIS));
            }
        } else if (!offSystem) {
            for (String system : via) {
                if (holder == null || !system.equals(holder.system())) {
                    channel.add(Leg.stated(new End(NodeKind.SYSTEM, system), "連携", provenance));
                }
            }
        }

        // Outbound order: file → holder → channel → party; 入手 runs the other way round.
        if (holder != null) {
            legs.add(holder.evidence().equals(STATED)
                    ? Leg.stated(new End(NodeKind.SYSTEM, holder.system()), "保管", holder.provenance())
                    : Leg.derived(new End(NodeKind.SYSTEM, holder.system()), "保管",
                            NationalArchitecture.rule(holder.ruleId()).orElseThrow()));
        }
        if (inbound) {
            // Data arrives through the channel, then the holding system: reverse the channel.
            List<Leg> reversed = new ArrayList<>(channel);
            java.util.Collections.reverse(reversed);
            legs.addAll(0, reversed);
        } else {
            legs.addAll(channel);
        }
        return hops(flow, file, party, legs, inbound, kind, basis, provenance);
    }

    /** One intermediate node of a route and how we know it. */
    private record Leg(End end, String step, String evidence, Rule rule, Provenance provenance) {

        static Leg stated(End end, String step, Provenance provenance) {
            return new Leg(end, step, STATED, null, provenance);
        }

        static Leg derived(End end, String step, Rule rule) {
            return new Leg(end, step, DERIVED, rule, null);
        }

        /** A leg inside the municipality rests on the 事務's 利用 basis; the trace reads hops by the same rule. */
        boolean internal() {
            return GraphDocument.INSIDE_STEPS.contains(step);
        }
    }

    private List<RouteHop> hops(FlowRow flow, End file, End party, List<Leg> legs, boolean inbound, String kind,
            List<String> basis, Provenance statementProvenance) {
        // Nodes in the order the data moves. A hop reaching an intermediate node is described by that
        // node's leg; the hop reaching the last node (the recipient, or the file for 入手) is the statement.
        End first = inbound ? party : file;
        End last = inbound ? file : party;
        List<End> nodes = new ArrayList<>(List.of(first));
        List<Leg> evidence = new ArrayList<>();
        for (Leg leg : legs) {
            if (!leg.end().equals(last) && !nodes.contains(leg.end())) {
                nodes.add(leg.end());
                evidence.add(leg);
            }
        }
        nodes.add(last);
        Leg statement = Leg.stated(last, kind, statementProvenance);
        List<RouteHop> hops = new ArrayList<>();
        int count = nodes.size() - 1;
        for (int i = 0; i < count; i++) {
            Leg leg = i < evidence.size() ? evidence.get(i) : statement;
            hops.add(hop(flow, nodes.get(i), nodes.get(i + 1), i, i == count - 1, leg, kind, basis));
        }
        return hops;
    }

    private RouteHop hop(FlowRow flow, End from, End to, int seq, boolean last, Leg leg, String kind,
            List<String> statementBasis) {
        Map<String, Object> s = flow.properties();
        List<String> basis = leg.internal() ? doc.useBasis() : statementBasis;
        Map<String, Object> properties = ManifestGraphMapper.props("flow", flow.id(), "seq", (long) seq, "last", last,
                "kind", kind, "step", leg.step(), "evidence", leg.evidence(),
                "ruleId", leg.rule() == null ? null : leg.rule().id(),
                "completes", leg.rule() == null ? null : flow.id(),
                "basis", basis, "beppyoItems", leg.internal() ? List.of() : s.get("beppyoItems"),
                "items", flow.items(), "myNumber", s.get("myNumber"), "methods", s.get("methods"), "via", s.get("via"),
                "municipality", s.get("municipality"), "assessment", s.get("assessment"), "validFrom", s.get("validFrom"),
                "provDocument", leg.provenance() == null ? null : leg.provenance().document(),
                "provSection", leg.provenance() == null ? null : leg.provenance().sectionPath(),
                "provLine", leg.provenance() == null ? null : (long) leg.provenance().line(),
                "provQuote", leg.provenance() == null ? null : leg.provenance().quote());
        return new RouteHop(from.kind(), from.key(), to.kind(), to.key(), properties);
    }

    /** 番号法第19条第8号 (第7号 before 2023) provisions go through the network by the article itself. */
    private static boolean goesThroughNetwork(String kind, List<String> basis, End party) {
        if (!"提供".equals(kind) && !"入手".equals(kind)) {
            return false;
        }
        if ("入手".equals(kind)) {
            return party.key().equals("role:番号法別表第二に定める情報提供者");
        }
        return basis.stream().anyMatch(k -> k.startsWith("番号法/19/8/") || k.startsWith("番号法/19/7/"));
    }

    private static boolean goesThroughJukiNet(Map<String, Object> statement, List<String> methods, End file, End party) {
        if (!"提供".equals(statement.get("kind"))) {
            return false;
        }
        boolean toPrefectureOrJlis = party.key().equals("role:都道府県知事") || party.key().equals(EntityCatalog.JLIS);
        if (!toPrefectureOrJlis) {
            return false;
        }
        String citations = String.join(" ", strings(statement.get("citations")));
        boolean jukiLaw = citations.contains("住基法") || citations.contains("住民基本台帳法");
        boolean jukiMethod = methods.stream().anyMatch(m -> EntityCatalog.JUKI_NET.equals(EntityCatalog.systemType(m)));
        return jukiLaw || jukiMethod || file.key().contains("本人確認情報");
    }

    private static boolean offSystemMedium(String method) {
        return OFF_SYSTEM_MEDIA.stream().anyMatch(method::contains)
                && EntityCatalog.OTHER_SYSTEM.equals(EntityCatalog.systemType(method));
    }

    private static Provenance provenance(Map<String, Object> statement) {
        Object document = statement.get("provDocument");
        if (document == null) {
            return null;
        }
        Object line = statement.get("provLine");
        return new Provenance(String.valueOf(document), (String) statement.get("provSection"),
                line == null ? 0 : ((Number) line).intValue(), (String) statement.get("provQuote"));
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

}
