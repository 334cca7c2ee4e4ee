package io.mynumberlineage.bench;

import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;

/**
 * Fills a store with a synthetic graph through the batched loader: one call per municipality (its
 * documents share departments and systems), on several writer threads, with a progress bar.
 */
public final class SyntheticLoad {

    public record Loaded(int documents, long flows, double seconds) {
    }

    private SyntheticLoad() {
    }

    public static Loaded load(ManifestLoader loader, SyntheticNationalGraph graph, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong flows = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ProgressBar bar = new ProgressBar("取り込み", graph.documents())) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int m = next.getAndIncrement(); m < graph.municipalities(); m = next.getAndIncrement()) {
                        List<Manifest> batch = new ArrayList<>();
                        for (int p = 0; p < graph.processes(); p++) {
                            batch.add(graph.manifest(m, p));
                        }
                        loader.loadAll(batch).forEach(result -> flows.addAndGet(result.flows()));
                        bar.stepBy(batch.size());
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Loaded(graph.documents(), flows.get(), (System.nanoTime() - started) / 1e9);
    }
}
