package io.mynumberlineage.manifest;

/**
 * 委託 (and 再委託): who does which work on a file's information.
 *
 * @param subcontracting 再委託 の有無 as stated ("再委託する" / "再委託しない"), or null
 * @param subcontractApproval how 再委託 is approved, verbatim, or null when not stated
 */
public record EntrustmentRecord(
        String id,
        String fileId,
        String work,
        String contractor,
        String subcontracting,
        String subcontractApproval,
        Provenance provenance) {
}
