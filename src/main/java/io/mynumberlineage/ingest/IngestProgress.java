package io.mynumberlineage.ingest;

/** How far an ingest has come, for a progress bar or the explorer's demo-data line. */
public interface IngestProgress {

    IngestProgress NONE = new IngestProgress() {
    };

    /** Before file {@code index} (0-based) of {@code total} is read. */
    default void reading(int index, int total, String file) {
    }

    /** After {@code done} of {@code total} files have been stored or refused. */
    default void stored(int done, int total) {
    }
}
