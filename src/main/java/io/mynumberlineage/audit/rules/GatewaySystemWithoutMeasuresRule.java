package io.mynumberlineage.audit.rules;

import io.mynumberlineage.audit.AuditContext;
import io.mynumberlineage.audit.AuditRule;
import io.mynumberlineage.audit.Evidence;
import io.mynumberlineage.audit.RuleHit;
import io.mynumberlineage.audit.Severity;
import io.mynumberlineage.audit.StoredManifest;
import io.mynumberlineage.audit.Subject;
import io.mynumberlineage.graph.EntityCatalog;
import io.mynumberlineage.graph.Names;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.manifest.RiskMeasureRecord;
import io.mynumberlineage.manifest.SystemRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A system on the way out of the municipality — connected to the 中間サーバー or 住基ネット, or
 * running in a cloud — that no risk measure of its document names. Such systems carry the 個人番号
 * towards national networks or outside providers, so their own measures should be stated.
 */
@Component
public class GatewaySystemWithoutMeasuresRule implements AuditRule {

    private static final Set<String> GATEWAYS = Set.of(EntityCatalog.INTERMEDIATE_SERVER, EntityCatalog.JUKI_NET);
    private static final Set<String> CLOUDS = Set.of("ガバメントクラウド", "ISMAP登録クラウド", "パブリッククラウド", "LGWAN-ASP",
            "クラウドサービス");

    @Override
    public String id() {
        return "GATEWAY_SYSTEM_WITHOUT_MEASURES";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public String title() {
        return "中間サーバー・住基ネットに接続する、またはクラウドで動くシステムの対策の記載がない";
    }

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        List<RuleHit> hits = new ArrayList<>();
        for (StoredManifest stored : context.manifests()) {
            List<SystemRecord> systems = stored.manifest().systems() == null ? List.of()
                    : stored.manifest().systems().stream().filter(Objects::nonNull).toList();
            List<String> measures = stored.manifest().riskMeasures() == null ? List.of()
                    : stored.manifest().riskMeasures().stream().filter(Objects::nonNull)
                            .map(RiskMeasureRecord::text).filter(Objects::nonNull).map(Names::compact).toList();
            for (SystemRecord system : systems) {
                String why = reason(system, systems);
                if (why == null || named(system, measures)) {
                    continue;
                }
                String id = EntityCatalog.systemId(stored.municipality(), system.name());
                hits.add(new RuleHit(stored.assessmentId() + "|" + id, List.of(new Subject(NodeKind.SYSTEM, id)),
                        "「" + Names.normalize(system.name()) + "」は" + why + "が、リスク対策の欄にこのシステムを名指しした対策の記載が見つかりません。",
                        Evidence.of(system.hostingProvenance() != null ? system.hostingProvenance() : system.provenance()),
                        stored.municipality(), stored.assessmentId()));
            }
        }
        return hits;
    }

    /** Why the system is a gateway, or null. The gateways themselves are covered by national measures. */
    private static String reason(SystemRecord system, List<SystemRecord> all) {
        String type = EntityCatalog.systemType(system.name());
        if (system.hosting() != null && CLOUDS.contains(system.hosting())) {
            return "「" + system.hosting() + "」で動いています";
        }
        if (GATEWAYS.contains(type)) {
            return null;
        }
        for (String connection : system.connections() == null ? List.<String>of() : system.connections()) {
            String target = EntityCatalog.systemType(connection);
            if (GATEWAYS.contains(target)) {
                return "「" + target + "」に接続しています";
            }
        }
        for (SystemRecord other : all) {
            String otherType = EntityCatalog.systemType(other.name());
            if (other != system && GATEWAYS.contains(otherType) && other.connections() != null
                    && other.connections().stream().anyMatch(c -> Names.compact(c).contains(shortName(system)))) {
                return "「" + otherType + "」に接続しています";
            }
        }
        return null;
    }

    private static String shortName(SystemRecord system) {
        return Names.compact(system.name().split("[(（]")[0]);
    }

    private static boolean named(SystemRecord system, List<String> measures) {
        // Hosting read from a 「＜…における措置＞」 block under 保管場所: that block is the system's own measure.
        if (system.hostingProvenance() != null && system.hostingProvenance().sectionPath() != null
                && system.hostingProvenance().sectionPath().startsWith("保管場所/")) {
            return true;
        }
        String name = shortName(system);
        String type = EntityCatalog.systemType(system.name());
        return measures.stream().anyMatch(m -> (name.length() > 1 && m.contains(name))
                || (!EntityCatalog.OTHER_SYSTEM.equals(type) && m.contains(Names.compact(type))));
    }
}
