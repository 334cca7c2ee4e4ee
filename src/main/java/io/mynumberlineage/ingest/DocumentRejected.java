package io.mynumberlineage.ingest;

/** A file that yields no manifest; the message says why, in Japanese, and never echoes a possible 個人番号. */
public class DocumentRejected extends IllegalArgumentException {

    public DocumentRejected(String message) {
        super(message);
    }
}
