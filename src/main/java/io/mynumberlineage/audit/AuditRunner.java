package io.mynumberlineage.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the rules in batches of assessment versions ({@link AuditPlan}), each batch in its own write
 * transaction, and stores what they find as {@code (:Finding)} nodes joined to their subjects by
 * {@code CONCERNS} ({@link FindingWriter}). Three scopes:
 * <ul>
 * <li>{@link #runAll}: every current version; progress is kept in an {@link AuditCheckpoint}, so a
 *     run cut short by a crash or a restart resumes where it stopped;</li>
 * <li>{@link #runFor} / {@link #recheck}: the municipalities an import touched. Every rule reads
 *     only the versions of its batch and every finding belongs to one version, so the national hubs
 *     an import reaches hold no finding of their own: re-checking the municipality is the whole
 *     scope, and gives the findings a full run would;</li>
 * <li>{@link #runStale}: the versions loaded since their last audit (or audited by other rules):
 *     what start-up needs.</li>
 * </ul>
 */
@Component
public class AuditRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditRunner.class);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

    private final Driver driver;
    private final List<AuditRule> rules;
    private final String fingerprint;
    private final int batchSize;
    private final TransactionConfig batchConfig;
    /** Fair, so that an import's re-check gets its turn between the batches of a long full run. */
    private final ReentrantLock batchLock = new ReentrantLock(true);
    private final Object fullRun = new Object();
    private volatile boolean stopping;

    @Autowired
    public AuditRunner(Driver driver, List<AuditRule> rules,
            @Value("${lineage.audit.batch-size:" + AuditPlan.MAX_ASSESSMENTS + "}") int batchSize,
            @Value("${lineage.audit.batch-timeout:PT2M}") Duration batchTimeout) {
        this.driver = driver;
        this.rules = List.copyOf(rules);
        this.fingerprint = this.rules.stream().map(AuditRule::id).sorted().collect(Collectors.joining(","));
        this.batchSize = Math.max(1, batchSize);
        this.batchConfig = TransactionConfig.builder().withTimeout(batchTimeout).build();
    }

    public AuditRunner(Driver driver, List<AuditRule> rules) {
        this(driver, rules, AuditPlan.MAX_ASSESSMENTS, Duration.ofMinutes(2));
    }

    public List<AuditRule> rules() {
        return rules;
    }

    public AuditRun runAll() {
        return runAll(AuditProgress.NONE);
    }

    /**
     * Audits every current version. Continues the full run an earlier process left unfinished (same
     * rules) instead of starting over; otherwise starts a new one.
     */
    public AuditRun runAll(AuditProgress progress) {
        synchronized (fullRun) {
            long start = System.nanoTime();
            AuditCheckpoint.State state = AuditCheckpoint.read(driver);
            boolean resume = state != null && state.running() && fingerprint.equals(state.rules());
            String run = resume ? state.run() : "full-" + UUID.randomUUID();
            if (!resume) {
                AuditCheckpoint.start(driver, run, fingerprint, now());
                removeOrphans();
            }
            List<AuditBatch> batches = AuditPlan.notAuditedBy(driver, run, batchSize);
            int before = resume ? (int) state.batchesDone() : 0;
            log.info(resume ? "監査を再開します: 残り {} バッチ（完了済み {} バッチ）" : "監査を開始します: {} バッチ",
                    batches.size(), before);
            int[] done = runBatches(run, batches, before, progress, true);
            boolean complete = done[0] == batches.size();
            Map<String, Integer> counts = countCurrent(null);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (complete) {
                AuditCheckpoint.finish(driver, run, now(), total);
            }
            return finished(counts, done, resume, complete, start);
        }
    }

    /** Audits the current versions of these municipalities only. */
    public AuditRun runFor(List<String> municipalities, AuditProgress progress) {
        long start = System.nanoTime();
        List<AuditBatch> batches = AuditPlan.ofMunicipalities(driver, municipalities, batchSize);
        int[] done = runBatches("scope-" + UUID.randomUUID(), batches, 0, progress, false);
        return finished(countCurrent(municipalities), done, false, done[0] == batches.size(), start);
    }

    /** After an import: re-checks the municipalities of the loaded assessment versions. */
    public AuditRun recheck(List<String> assessmentIds) {
        List<String> municipalities = AuditPlan.municipalitiesOf(driver, assessmentIds);
        AuditRun run = runFor(municipalities, AuditProgress.NONE);
        log.info("取り込んだ文書の監査: {} の {} 版を {} 秒で確認し、指摘 {} 件", municipalities, run.assessments(),
                String.format("%.1f", run.seconds()), run.findings());
        return run;
    }

    /**
     * How many versions {@link #runStale} would audit: those an unfinished full run has left, or
     * else those whose findings do not reflect their content or the rules.
     */
    public int staleAssessments() {
        AuditCheckpoint.State state = AuditCheckpoint.read(driver);
        List<AuditBatch> batches = state != null && state.running()
                ? AuditPlan.notAuditedBy(driver, state.run(), batchSize)
                : AuditPlan.stale(driver, fingerprint, batchSize);
        return batches.stream().mapToInt(b -> b.assessments().size()).sum();
    }

    /**
     * Resumes an unfinished full run, or audits the stale versions; nothing when the store's findings
     * are up to date (a restart of a store audited before costs one query).
     */
    public AuditRun runStale(AuditProgress progress) {
        AuditCheckpoint.State state = AuditCheckpoint.read(driver);
        if (state != null && state.running()) {
            return runAll(progress);
        }
        long start = System.nanoTime();
        List<AuditBatch> batches = AuditPlan.stale(driver, fingerprint, batchSize);
        if (batches.isEmpty()) {
            log.info("監査は最新です（前回の監査の後に取り込まれた文書はありません）");
        } else {
            log.info("前回の監査の後に取り込まれた {} 件の版を監査します: {} バッチ",
                    batches.stream().mapToInt(b -> b.assessments().size()).sum(), batches.size());
            // A store audited by an earlier release holds findings without a version: they would stay as doubles.
            removeOrphans();
        }
        int[] done = runBatches("stale-" + UUID.randomUUID(), batches, 0, progress, false);
        return finished(countCurrent(null), done, false, done[0] == batches.size(), start);
    }

    /** Lets the batch in flight commit, then makes every run stop before its next batch. */
    @jakarta.annotation.PreDestroy
    public void stop() {
        stopping = true;
        try {
            if (batchLock.tryLock(30, TimeUnit.SECONDS)) {
                batchLock.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return {batches committed, assessments audited} */
    private int[] runBatches(String run, List<AuditBatch> batches, int before, AuditProgress progress,
            boolean checkpoint) {
        int total = before + batches.size();
        int done = 0;
        int assessments = 0;
        long lastLog = System.nanoTime();
        // Where a long run spends its time, logged at its end: the rule to optimise next.
        Map<String, Long> ruleNanos = new java.util.concurrent.ConcurrentHashMap<>();
        for (AuditBatch batch : batches) {
            if (stopping) {
                log.info("監査を中断しました（{} / {} バッチ完了）。次の起動で続きから再開します", before + done, total);
                break;
            }
            int stored;
            batchLock.lock();
            try (var session = driver.session(SessionConfig.defaultConfig())) {
                stored = session.executeWrite(tx -> {
                    AuditContext context = new AuditContext(tx, batch.assessments());
                    Map<AuditRule, List<RuleHit>> hits = new LinkedHashMap<>();
                    for (AuditRule rule : rules) {
                        long ruleStart = System.nanoTime();
                        hits.put(rule, rule.evaluate(context));
                        ruleNanos.merge(rule.id(), System.nanoTime() - ruleStart, Long::sum);
                    }
                    int n = FindingWriter.write(tx, batch, hits, now(), fingerprint, run);
                    if (checkpoint) {
                        AuditCheckpoint.batchCommitted(tx, run, batch.municipality());
                    }
                    return n;
                }, batchConfig);
            } finally {
                batchLock.unlock();
            }
            done++;
            assessments += batch.assessments().size();
            if (System.nanoTime() - lastLog > 10_000_000_000L || done == batches.size()) {
                log.info("監査 {} / {} バッチ（{}、{} 版、指摘 {} 件）", before + done, total, batch.municipality(),
                        batch.assessments().size(), stored);
                lastLog = System.nanoTime();
            }
            progress.batchDone(before + done, total, batch, stored);
        }
        if (done > 1) {
            log.info("監査ルールごとの時間（秒）: {}", ruleNanos.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> e.getKey() + " " + String.format("%.1f", e.getValue() / 1e9))
                    .collect(Collectors.joining("、")));
        }
        return new int[] {done, assessments};
    }

    /**
     * Findings of rules that no longer exist, or from before findings named their version. (Versions
     * are never deleted from the store, so no finding can lose its version.)
     */
    private void removeOrphans() {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.run("""
                    MATCH (x:Finding)
                    WHERE x.assessment IS NULL OR NOT x.rule IN $rules
                    CALL (x) { DETACH DELETE x } IN TRANSACTIONS OF 10000 ROWS
                    """, Map.of("rules", rules.stream().map(AuditRule::id).toList())).consume();
        }
    }

    /** Findings in force per rule, in the whole store or in these municipalities. */
    private Map<String, Integer> countCurrent(List<String> municipalities) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("municipalities", municipalities);
        String cypher = municipalities == null ? """
                MATCH (x:Finding) WHERE coalesce(x.current, true)
                RETURN x.rule AS rule, count(*) AS c
                """ : """
                UNWIND $municipalities AS m
                MATCH (x:Finding {municipality: m}) WHERE coalesce(x.current, true)
                RETURN x.rule AS rule, count(*) AS c
                """;
        Map<String, Integer> counts = new HashMap<>();
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.executeRead(tx -> tx.run(cypher, parameters).list())
                    .forEach(r -> counts.put(r.get("rule").asString(), r.get("c").asInt()));
        }
        return counts;
    }

    private AuditRun finished(Map<String, Integer> counts, int[] done, boolean resumed, boolean complete, long start) {
        List<AuditRun.RuleCount> perRule = new ArrayList<>();
        for (AuditRule rule : rules) {
            perRule.add(new AuditRun.RuleCount(rule.id(), rule.title(), rule.severity(), counts.getOrDefault(rule.id(), 0)));
        }
        int total = perRule.stream().mapToInt(AuditRun.RuleCount::findings).sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        AuditRun run = new AuditRun(now(), rules.size(), total, perRule, done[0], done[1], resumed, complete, seconds);
        log.info("監査ルールを実行しました: ルール {} 件、{} 版（{} バッチ）、{} 秒、指摘 {} 件", rules.size(), done[1], done[0],
                String.format("%.1f", seconds), total);
        return run;
    }

    private static String now() {
        return ISO.format(Instant.now());
    }
}
