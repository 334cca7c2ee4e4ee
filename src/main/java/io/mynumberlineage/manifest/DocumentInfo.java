package io.mynumberlineage.manifest;

import java.util.List;

/**
 * Metadata of the assessed document. {@code assessmentKey} identifies the assessment across
 * versions (municipality + 評価書番号 + 事務), {@code sha256} identifies this exact version.
 *
 * @param municipality the issuer: the body that publishes the 評価書 (桜峰町, 東雲県, 東雲県教育委員会, 資源循環省 …)
 * @param organization the 評価実施機関名 as written, without a person's name (東雲県 桜峰町長, 資源循環大臣 …)
 * @param kind 基礎 / 重点 / 全項目 (joined with + for a bundle), or {@code other} for material that is not a 評価書
 * @param formVersion the 様式 marker of the form, e.g. 「平成26年4月 様式2」
 * @param publishedOn ISO-8601 date, converted from 和暦 when the document gives one
 * @param draft true when the document marks itself a draft (案 / 素案); null when it is not a 評価書
 * @param departmentHead the title of the responsible department's head (所属長), never a person's name
 */
public record DocumentInfo(
        String fileName,
        String sha256,
        String sourceEncoding,
        String assessmentKey,
        String municipality,
        String organization,
        String title,
        String assessmentNumber,
        String kind,
        String formVersion,
        String processName,
        String publishedOn,
        String approvedOn,
        List<String> departments,
        Provenance provenance,
        Boolean draft,
        String departmentHead) {

    public DocumentInfo(String fileName, String sha256, String sourceEncoding, String assessmentKey, String municipality,
            String organization, String title, String assessmentNumber, String kind, String formVersion,
            String processName, String publishedOn, String approvedOn, List<String> departments, Provenance provenance) {
        this(fileName, sha256, sourceEncoding, assessmentKey, municipality, organization, title, assessmentNumber, kind,
                formVersion, processName, publishedOn, approvedOn, departments, provenance, null, null);
    }
}
