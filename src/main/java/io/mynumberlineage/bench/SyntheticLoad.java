package io.mynumberlineage.bench;

import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Fills a store with a synthetic graph through the batched loader: one call per municipality (its
 * documents share departments and systems), on several writer threads, with a progress bar.
 * Two writers can deadlock on a shared node past the driver's retries; the municipality is then
 * loaded again (what it had stored is found unchanged). A writer is never interrupted: an interrupt
 * during a commit closes the transaction log's channel and stops the whole database.
 */
public final class SyntheticLoad {

    public record Loaded(int documents, long flows, double seconds) {
    }

    private SyntheticLoad() {
    }

    private static final int TRIES = 3;

    public static Loaded load(ManifestLoader loader, SyntheticNationalGraph graph, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicLong flows = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ProgressBar bar = new ProgressBar("取り込み", graph.documents())) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int m = next.getAndIncrement(); m < graph.municipalities() && !failed.get();
                            m = next.getAndIncrement()) {
                        List<Manifest> batch = new ArrayList<>();
                        for (int p = 0; p < graph.processes(); p++) {
                            batch.add(graph.manifest(m, p));
                        }
                        try {
                            loadWithRetries(loader, batch).forEach(result -> flows.addAndGet(result.flows()));
                        } catch (RuntimeException e) {
                            failed.set(true);
                            throw e;
                        }
                        bar.stepBy(batch.size());
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            // The other writers finish the batch in hand and stop (see the class comment).
            failed.set(true);
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
        }
        return new Loaded(graph.documents(), flows.get(), (System.nanoTime() - started) / 1e9);
    }

    private static List<ManifestLoader.LoadResult> loadWithRetries(ManifestLoader loader, List<Manifest> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return loader.loadAll(batch);
            } catch (TransientException e) {
                if (attempt == TRIES) {
                    throw e;
                }
            }
        }
    }
}
