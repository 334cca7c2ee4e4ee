package io.mynumberlineage.manifest;

/**
 * A legal-basis citation: its text as written, the file it concerns (null for the whole 事務) and,
 * when the citation could be read, its canonical key (e.g. 番号法/9/1/別表1/30).
 *
 * @param key canonical key of the cited provision, or null when it could not be read
 * @param basis what the 事務 does under it: 利用 (個人番号の利用) or 情報連携; null when not stated
 */
public record CitationRecord(String fileId, String text, Provenance provenance, String key, String basis) {

    public CitationRecord(String fileId, String text, Provenance provenance) {
        this(fileId, text, provenance, null, null);
    }
}
