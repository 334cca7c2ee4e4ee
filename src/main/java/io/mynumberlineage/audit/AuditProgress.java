package io.mynumberlineage.audit;

/** Told after each committed batch; the CLI draws its progress bar with it, the runner logs it. */
@FunctionalInterface
public interface AuditProgress {

    AuditProgress NONE = (done, total, batch, findings) -> { };

    /**
     * @param done batches committed so far in this run (including those of an earlier, interrupted try)
     * @param total batches of the whole run
     * @param findings findings the batch stored
     */
    void batchDone(int done, int total, AuditBatch batch, int findings);
}
