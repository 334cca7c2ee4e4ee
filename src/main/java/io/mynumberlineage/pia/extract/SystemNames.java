package io.mynumberlineage.pia.extract;

import io.mynumberlineage.graph.EntityCatalog;
import io.mynumberlineage.graph.Names;
import io.mynumberlineage.manifest.SystemRecord;

/** Whether words of the form (a block heading) name one of the document's systems. */
final class SystemNames {

    private SystemNames() {
    }

    /** By name, by the name before its parenthesis, or by canonical type (中間サーバー・プラットフォーム → 中間サーバー). */
    static boolean names(String words, SystemRecord system) {
        String subject = Names.compact(words);
        String name = Names.compact(system.name());
        String shortName = Names.compact(system.name().split("[(（]")[0]);
        if (subject.isEmpty() || shortName.isEmpty()) {
            return false;
        }
        if (subject.contains(shortName) || shortName.contains(subject) || name.contains(subject)) {
            return true;
        }
        String type = EntityCatalog.systemType(words);
        return !EntityCatalog.OTHER_SYSTEM.equals(type) && type.equals(EntityCatalog.systemType(system.name()));
    }
}
