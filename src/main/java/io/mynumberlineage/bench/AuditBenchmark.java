package io.mynumberlineage.bench;

import io.mynumberlineage.audit.AuditProgress;
import io.mynumberlineage.audit.AuditRun;
import io.mynumberlineage.audit.AuditRunner;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.manifest.DocumentInfo;
import io.mynumberlineage.manifest.Manifest;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;

/**
 * The audit at scale (issue 23): loads the synthetic national graph (or reuses a loaded one), runs
 * the full audit in its batches, then uploads one new version of one municipality's 事務 and
 * times the re-check that an upload triggers. Heap is sampled every 200 ms during each audit.
 */
public final class AuditBenchmark {

    public record Settings(int municipalities, int processes, long seed, int threads, Path dataDir, boolean reuse) {
    }

    public record Result(Settings settings, int documents, double importSeconds, AuditRun full, long fullPeakHeapMb,
            String fullLoad, String municipality, double uploadLoadSeconds, AuditRun incremental,
            long incrementalPeakHeapMb, String incrementalLoad, long heapMaxMb, String startedAt) {
    }

    private final Driver driver;
    private final ManifestLoader loader;
    private final AuditRunner runner;
    private final PrintWriter out;

    public AuditBenchmark(Driver driver, ManifestLoader loader, AuditRunner runner, PrintWriter out) {
        this.driver = driver;
        this.loader = loader;
        this.runner = runner;
        this.out = out;
    }

    public Result run(Settings settings) throws Exception {
        String startedAt = Instant.now().toString();
        var graph = new SyntheticNationalGraph(PeerBenchmark.PREFIX, settings.municipalities(), settings.processes(),
                settings.seed());
        double importSeconds = 0;
        if (!settings.reuse()) {
            importSeconds = SyntheticLoad.load(loader, graph, settings.threads()).seconds();
            out.printf("取り込み: %,d 文書 %.1f 秒%n", graph.documents(), importSeconds);
        }
        out.flush();
        HeapPeak fullHeap = HeapPeak.start();
        AuditRun full = runner.runAll((done, total, batch, findings) -> {
            if (done == total || done % Math.max(1, total / 20) == 0) {
                out.printf("監査 %,d / %,d バッチ（%s）%n", done, total, batch.municipality());
                out.flush();
            }
        });
        long fullPeak = fullHeap.stop();
        String fullLoad = loadAverage();
        out.printf("全件の監査: %.1f 秒、指摘 %,d 件、ヒープ最大 %,d MB%n", full.seconds(), full.findings(), fullPeak);

        // One upload: a later version of the first 事務 of a municipality in the middle of the store.
        int m = settings.municipalities() / 2;
        Manifest upload = laterVersion(graph.manifest(m, 0));
        long loadStart = System.nanoTime();
        var loaded = loader.load(upload);
        double uploadLoad = (System.nanoTime() - loadStart) / 1e9;
        HeapPeak incHeap = HeapPeak.start();
        AuditRun incremental = runner.recheck(List.of(loaded.assessmentId()));
        long incPeak = incHeap.stop();
        out.printf("取り込み後の監査（%s）: %.2f 秒、%d 版%n", graph.municipality(m), incremental.seconds(),
                incremental.assessments());
        long heapMax = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20;
        return new Result(settings, graph.documents(), importSeconds, full, fullPeak, fullLoad, graph.municipality(m),
                uploadLoad, incremental, incPeak, loadAverage(), heapMax, startedAt);
    }

    /** The same document, published a year later: a new version of the same assessment. */
    static Manifest laterVersion(Manifest manifest) {
        DocumentInfo d = manifest.document();
        String published = d.publishedOn() == null ? "2026-04-01" : LocalDate.parse(d.publishedOn()).plusYears(1).toString();
        DocumentInfo next = new DocumentInfo(d.fileName(), d.sha256(), d.sourceEncoding(), d.assessmentKey(), d.municipality(),
                d.organization(), d.title(), d.assessmentNumber(), d.kind(), d.formVersion(), d.processName(), published,
                d.approvedOn(), d.departments(), d.provenance(), d.draft(), d.departmentHead());
        return new Manifest(manifest.schemaVersion(), next, manifest.systems(), manifest.files(), manifest.acquisitions(),
                manifest.useBases(), manifest.flows(), manifest.entrustments(), manifest.riskMeasures(),
                manifest.thirdPartyReviews(), manifest.disclosureContacts(), manifest.changes(), manifest.unparsed(),
                manifest.report());
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The largest heap in use (live and garbage) seen while it ran, sampled every 200 ms. */
    private static final class HeapPeak {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        private HeapPeak() {
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "audit-heap-sampler");
            thread.setDaemon(true);
        }

        static HeapPeak start() {
            HeapPeak sampler = new HeapPeak();
            sampler.thread.start();
            return sampler;
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get() >> 20;
        }
    }

    public static String markdown(Result r, String machine, String commit) {
        StringBuilder text = new StringBuilder();
        Settings s = r.settings();
        text.append(String.format("### %s — audit at scale (issue 23): %,d 市区町村 × %d 事務 = %,d documents (seed %d)%n%n",
                r.startedAt().substring(0, 16).replace('T', ' ') + " UTC", s.municipalities(), s.processes(), r.documents(),
                s.seed()));
        text.append(String.format("Machine: %s; commit %s; `bench audit`%s.%n%n", machine.isBlank() ? "this machine" : machine,
                commit, s.reuse() ? " --reuse" : String.format(" (import %.1f s, %d writer threads)", r.importSeconds(), s.threads())));
        AuditRun f = r.full();
        text.append(String.format("- full audit: **%.1f s (%.1f min)**, %,d batches, %,d assessment versions, **%,d findings** "
                + "(%,d HIGH); peak heap used (sampled, garbage included) %,d MB of %,d MB; load average at the end %s%n",
                f.seconds(), f.seconds() / 60, f.batches(), f.assessments(), f.findings(), f.high(), r.fullPeakHeapMb(),
                r.heapMaxMb(), r.fullLoad()));
        AuditRun i = r.incremental();
        text.append(String.format("- one upload (a new version of one 事務 of %s): load %.2f s, then the re-check of that "
                + "municipality **%.2f s** (%d versions, %d batch(es), %,d findings in force there); peak heap %,d MB; "
                + "load average %s%n", r.municipality(), r.uploadLoadSeconds(), i.seconds(), i.assessments(), i.batches(),
                i.findings(), r.incrementalPeakHeapMb(), r.incrementalLoad()));
        text.append("\n| rule | severity | findings (full run) |\n|---|---|---|\n");
        for (AuditRun.RuleCount c : f.perRule()) {
            text.append(String.format("| %s | %s | %,d |%n", c.rule(), c.severity(), c.findings()));
        }
        return text.toString();
    }
}
