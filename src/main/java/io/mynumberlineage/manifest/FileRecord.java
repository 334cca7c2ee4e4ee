package io.mynumberlineage.manifest;

import java.util.List;

/**
 * A 特定個人情報ファイル (section II): where it is kept, how many people it covers,
 * which items it records (個人番号 among them) and how long it is retained.
 *
 * @param statedProvisionCount 提供先の数 as the form states it, or null
 * @param statedTransferCount 移転先の数 as the form states it, or null
 * @param systemsProvenance where the form names each of {@code systems} (same order), or null when
 *     the systems were listed without their own source
 */
public record FileRecord(
        String id,
        String name,
        List<String> systems,
        String recordCountRange,
        List<String> items,
        String retention,
        Integer statedProvisionCount,
        Integer statedTransferCount,
        Provenance provenance,
        List<Provenance> systemsProvenance) {

    public FileRecord(String id, String name, List<String> systems, String recordCountRange, List<String> items,
            String retention, Integer statedProvisionCount, Integer statedTransferCount, Provenance provenance) {
        this(id, name, systems, recordCountRange, items, retention, statedProvisionCount, statedTransferCount, provenance,
                null);
    }
}
