package io.mynumberlineage.pia;

import io.mynumberlineage.manifest.ManifestJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Throughput and peak heap of {@code import --dry-run} (read + extract + validated JSON) on one
 * thread, for each document and for one document made of the inputs concatenated ten times.
 * A harness, not a timed test: numbers go into bench/RESULTS.md.
 */
public final class ImportBenchmark {

    /** One measured document. */
    /**
     * @param megabytesPerSecond     per second of this thread's CPU time: what one core does,
     *                               independent of other load on a shared machine
     * @param wallMegabytesPerSecond per second of elapsed time
     */
    public record Row(String name, long bytes, int iterations, double seconds, double megabytesPerSecond,
                      double wallMegabytesPerSecond, double peakHeapMegabytes, int flows, int unparsed) {
    }

    public record BenchResult(List<Row> rows, String javaVersion, long maxHeapBytes) {

        public String toMarkdown() {
            StringBuilder sb = new StringBuilder();
            sb.append("| document | size (KB) | iterations | MB/s (CPU) | MB/s (wall) | peak heap (MB) | flows | unparsed |\n");
            sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %.2f | %.2f | %.0f | %d | %d |%n", r.name(), r.bytes() / 1024.0,
                        r.iterations(), r.megabytesPerSecond(), r.wallMegabytesPerSecond(), r.peakHeapMegabytes(), r.flows(), r.unparsed()));
            }
            return sb.toString();
        }
    }

    private static final int WARM_UP_ROUNDS = 30;

    private ImportBenchmark() {
    }

    /**
     * @param documents    the documents to measure one by one
     * @param minSeconds   how long to repeat each document (after warm-up) for a stable rate
     * @param concatCopies how many copies of all documents the large document is made of (0: none)
     */
    public static BenchResult run(List<Path> documents, double minSeconds, int concatCopies) throws IOException {
        PiaImporter importer = new PiaImporter();
        ManifestJson json = new ManifestJson();
        List<Row> rows = new ArrayList<>();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<byte[]> contents = new ArrayList<>();
        for (Path p : documents) {
            byte[] bytes = Files.readAllBytes(p);
            contents.add(bytes);
            all.write(bytes);
            all.write('\n');
        }
        // Warm the JIT on every document shape before measuring any of them.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (int i = 0; i < contents.size(); i++) {
                once("warm-up", contents.get(i), importer, json);
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            rows.add(measure(documents.get(i).getFileName().toString(), contents.get(i), importer, json, minSeconds));
        }
        if (concatCopies > 0) {
            byte[] one = all.toByteArray();
            ByteArrayOutputStream big = new ByteArrayOutputStream(one.length * concatCopies);
            for (int i = 0; i < concatCopies; i++) {
                big.write(one);
            }
            rows.add(measure(concatCopies + "x all documents", big.toByteArray(), importer, json, minSeconds));
        }
        return new BenchResult(rows, System.getProperty("java.version"), Runtime.getRuntime().maxMemory());
    }

    private static Row measure(String name, byte[] bytes, PiaImporter importer, ManifestJson json, double minSeconds) {
        once(name, bytes, importer, json);
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int iterations = 0;
        ImportOutcome last;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long elapsed;
        do {
            last = once(name, bytes, importer, json);
            iterations++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < minSeconds * 1e9 || iterations < 2);
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        // Sum of per-pool peaks: an upper bound of the heap this import needed at once.
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double megabytes = bytes.length * (double) iterations / (1024.0 * 1024.0);
        int flows = last.ok() ? last.manifest().flows().size() : -1;
        int unparsed = last.ok() ? last.manifest().unparsed().size() : -1;
        return new Row(name, bytes.length, iterations, elapsed / 1e9, megabytes / (cpu / 1e9), megabytes / (elapsed / 1e9),
                peak / (1024.0 * 1024.0), flows, unparsed);
    }

    private static ImportOutcome once(String name, byte[] bytes, PiaImporter importer, ManifestJson json) {
        ImportOutcome o = importer.importBytes(name, bytes);
        if (o.ok()) {
            json.write(o.manifest());
        }
        return o;
    }

    /** Usage: ImportBenchmark [seeds-dir] [seconds-per-document]. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("seeds.dir", "../shared/seeds"));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3.0;
        List<Path> documents;
        try (Stream<Path> files = Files.list(dir)) {
            documents = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        BenchResult result = run(documents, seconds, 10);
        System.out.println("java " + result.javaVersion() + ", max heap " + result.maxHeapBytes() / (1024 * 1024) + " MB, 1 thread");
        System.out.print(result.toMarkdown());
    }
}
