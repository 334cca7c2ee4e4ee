package io.mynumberlineage.manifest;

/**
 * The key that ties the versions of one assessment together: issuer, 評価書番号 and 事務. A key is
 * never built from unknowns, because two different documents whose issuer could not be read would
 * otherwise share one key and the second would supersede the first; without issuer or 事務 the
 * document is its own assessment, keyed by its source's content hash.
 */
public final class AssessmentKeys {

    private AssessmentKeys() {
    }

    /** @param sha256 hash of the source (or of the manifest when there is no source) */
    public static String of(String issuer, String assessmentNumber, String processName, String sha256) {
        if (blank(issuer) || blank(processName)) {
            return "source:" + sha256;
        }
        return issuer + "/" + (blank(assessmentNumber) ? "-" : assessmentNumber) + "/" + processName;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
