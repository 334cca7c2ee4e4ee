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
import io.mynumberlineage.manifest.SystemRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A system hosted in a cloud (ガバメントクラウド, SaaS …) while the document's risk measures say
 * nothing about the cloud: who operates it, where the data sits and how access is controlled.
 */
@Component
public class CloudWithoutMeasuresRule implements AuditRule {

    static final Pattern CLOUD = Pattern.compile("クラウド|SaaS|saas|IaaS|PaaS|ASP");

    @Override
    public String id() {
        return "CLOUD_WITHOUT_MEASURES";
    }

    @Override
    public Severity severity() {
        return Severity.MEDIUM;
    }

    @Override
    public String title() {
        return "対策の記載がないクラウド上のシステム";
    }

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        List<RuleHit> hits = new ArrayList<>();
        for (StoredManifest stored : context.manifests()) {
            var manifest = stored.manifest();
            List<SystemRecord> systems = manifest.systems() == null ? List.of() : manifest.systems();
            for (SystemRecord system : systems) {
                if (system == null || system.name() == null || !cloudHosted(system)) {
                    continue;
                }
                if (measuresMention(stored, system)) {
                    continue;
                }
                String id = EntityCatalog.systemId(stored.municipality(), system.name());
                hits.add(new RuleHit(stored.assessmentId() + "|" + id, List.of(new Subject(NodeKind.SYSTEM, id)),
                        "「" + Names.normalize(system.name()) + "」はクラウド上で運用されていますが、"
                                + "リスク対策の欄にクラウド固有の対策（事業者の管理、データの所在、アクセス制御など）の記載が見つかりません。",
                        Evidence.of(system.provenance()), stored.municipality(), stored.assessmentId()));
            }
        }
        return hits;
    }

    static boolean cloudHosted(SystemRecord system) {
        return (system.hosting() != null && CLOUD.matcher(system.hosting()).find())
                || CLOUD.matcher(Names.normalize(system.name())).find();
    }

    /** Measures are stated when a risk-measure text speaks of the cloud or names the system. */
    private static boolean measuresMention(StoredManifest stored, SystemRecord system) {
        String name = EntityCatalog.systemName(system.name());
        var measures = stored.manifest().riskMeasures() == null ? Stream.<String>empty()
                : stored.manifest().riskMeasures().stream().filter(m -> m != null)
                        .flatMap(m -> Stream.of(m.label(), m.text()));
        return measures.filter(t -> t != null).map(Names::normalize)
                .anyMatch(t -> CLOUD.matcher(t).find() || (name != null && name.length() > 2 && t.contains(name)));
    }
}
