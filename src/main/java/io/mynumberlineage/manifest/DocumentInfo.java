package io.mynumberlineage.manifest;

import java.util.List;

/**
 * Metadata of the assessed document. {@code assessmentKey} identifies the assessment across
 * versions (municipality + 評価書番号 + 事務), {@code sha256} identifies this exact version.
 *
 * @param kind 基礎 / 重点 / 全項目
 * @param publishedOn ISO-8601 date, converted from 和暦 when the document gives one
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
        Provenance provenance) {
}
