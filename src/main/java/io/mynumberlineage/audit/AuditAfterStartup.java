package io.mynumberlineage.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits the store once the application is ready, i.e. after the demo data loader (an
 * ApplicationRunner) has finished: Spring publishes ApplicationReadyEvent after every runner.
 * Benchmarks turn it off ({@code lineage.audit-on-start=false}): on a national store the audit
 * takes longer than the measurements and competes with them for the CPU.
 */
@Component
@ConditionalOnProperty(name = "lineage.audit-on-start", havingValue = "true", matchIfMissing = true)
public class AuditAfterStartup {

    private final AuditRunner runner;

    public AuditAfterStartup(AuditRunner runner) {
        this.runner = runner;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void auditLoadedData() {
        try {
            runner.runAll();
        } catch (RuntimeException e) {
            // An audit problem must not keep the explorer from serving.
            org.slf4j.LoggerFactory.getLogger(AuditAfterStartup.class).warn("起動時の監査に失敗しました: {}", e.getMessage());
        }
    }
}
