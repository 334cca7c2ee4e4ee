package io.mynumberlineage.manifest;

import java.util.List;

/** A system named in I-2 (使用するシステム): its functions and the systems it connects to. */
public record SystemRecord(
        String id,
        String name,
        List<String> functions,
        List<String> connections,
        String hosting,
        Provenance provenance) {
}
