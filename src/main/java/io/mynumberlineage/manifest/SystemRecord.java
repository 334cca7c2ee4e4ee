package io.mynumberlineage.manifest;

import java.util.List;

/**
 * A system named in I-2 (使用するシステム): its functions, the systems it connects to and where it
 * runs.
 *
 * @param hosting where the system runs (ガバメントクラウド, ISMAP登録クラウド, LGWAN-ASP, データセンター …), or null
 * @param hostingProvenance the words the hosting was read from, or null
 * @param hostingRuleId the national-architecture rule that read those words, when the document does
 *     not name the system itself (DERIVED), or null
 */
public record SystemRecord(
        String id,
        String name,
        List<String> functions,
        List<String> connections,
        String hosting,
        Provenance provenance,
        Provenance hostingProvenance,
        String hostingRuleId) {

    public SystemRecord(String id, String name, List<String> functions, List<String> connections, String hosting,
            Provenance provenance) {
        this(id, name, functions, connections, hosting, provenance, null, null);
    }
}
