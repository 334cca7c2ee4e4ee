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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * System A lists B among the systems it connects to, B is described in the same document but
 * does not list A. The graph's CONNECTS_TO cannot tell a described system from one merely named,
 * so the rule reads the stored manifest; names resolve to the loader's system ids.
 */
@Component
public class OneSidedConnectionRule implements AuditRule {

    @Override
    public String id() {
        return "ONE_SIDED_SYSTEM_CONNECTION";
    }

    @Override
    public Severity severity() {
        return Severity.LOW;
    }

    @Override
    public String title() {
        return "片方のシステムにしか記載のない連携";
    }

    @Override
    public List<RuleHit> evaluate(AuditContext context) {
        List<RuleHit> hits = new ArrayList<>();
        for (StoredManifest stored : context.manifests()) {
            String municipality = stored.municipality();
            Map<String, SystemRecord> described = new LinkedHashMap<>();
            Map<String, Set<String>> declared = new LinkedHashMap<>();
            List<SystemRecord> systems = stored.manifest().systems() == null ? List.of() : stored.manifest().systems();
            for (SystemRecord system : systems) {
                if (system != null && system.name() != null) {
                    described.putIfAbsent(EntityCatalog.systemId(municipality, system.name()), system);
                }
            }
            // Records the loader merges into one node (two names of one system) share their connections.
            for (SystemRecord system : systems) {
                if (system == null || system.name() == null) {
                    continue;
                }
                String id = EntityCatalog.systemId(municipality, system.name());
                Set<String> targets = declared.computeIfAbsent(id, k -> new LinkedHashSet<>());
                for (String connection : system.connections() == null ? List.<String>of() : system.connections()) {
                    for (String name : names(connection)) {
                        targets.add(EntityCatalog.systemId(municipality, name));
                    }
                }
                targets.remove(id);
            }
            for (var entry : declared.entrySet()) {
                for (String target : entry.getValue()) {
                    if (!described.containsKey(target) || declared.get(target).contains(entry.getKey())) {
                        continue;
                    }
                    SystemRecord from = described.get(entry.getKey());
                    SystemRecord to = described.get(target);
                    hits.add(new RuleHit(entry.getKey() + "->" + target,
                            List.of(new Subject(NodeKind.SYSTEM, entry.getKey()), new Subject(NodeKind.SYSTEM, target)),
                            "「" + EntityCatalog.systemName(from.name()) + "」は「" + EntityCatalog.systemName(to.name())
                                    + "」と連携するとしていますが、相手側の記載には連携先として挙がっていません。",
                            Evidence.of(from.provenance()), municipality, stored.assessmentId()));
                }
            }
        }
        return hits;
    }

    /** 「その他 (A、B)」 lists its names inside the parenthesis, like the loader reads them. */
    static List<String> names(String connection) {
        String text = Names.normalize(connection);
        var inner = java.util.regex.Pattern.compile("^その他\\s*[(（](.*)[)）]$").matcher(text);
        if (inner.matches()) {
            text = inner.group(1);
        }
        return Arrays.stream(text.split("[、,，/／]")).map(String::strip).filter(s -> !s.isBlank()).toList();
    }
}
