package io.mynumberlineage.bench;

import io.mynumberlineage.graph.ManifestLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Fills a store with a synthetic graph, one loader call (one transaction) per document. */
public final class SyntheticLoad {

    public record Loaded(int documents, long flows, double seconds) {
    }

    private SyntheticLoad() {
    }

    /** The one place that writes the documents; kept to a plain {@link ManifestLoader#load} per document. */
    public static Loaded load(ManifestLoader loader, SyntheticNationalGraph graph, int processes, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong flows = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < graph.documents(); i = next.getAndIncrement()) {
                        flows.addAndGet(loader.load(graph.manifest(i / processes, i % processes)).flows());
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
