package io.mynumberlineage.manifest;

import java.util.List;

/** 入手: from whom ({@code source}) a file's information arrives, and by which methods. */
public record AcquisitionRecord(
        String fileId,
        String source,
        List<String> methods,
        Provenance provenance) {
}
