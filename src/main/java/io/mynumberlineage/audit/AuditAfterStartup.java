package io.mynumberlineage.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits, once the application is ready (after the demo data loader, an ApplicationRunner: Spring
 * publishes ApplicationReadyEvent after every runner), what is not audited yet: a full run an
 * earlier process left unfinished, or the versions loaded since their last audit. A store audited
 * before costs one query. A few versions (the demo data, a handful of imports) are audited before
 * the event returns, so the findings page is filled when the first user comes; many (a national
 * store loaded by a bulk import) are audited on a background thread in batches, so start-up does not
 * wait minutes: findings appear municipality by municipality, and a restart resumes.
 */
@Component
@ConditionalOnProperty(name = "lineage.audit-on-start", havingValue = "true", matchIfMissing = true)
public class AuditAfterStartup {

    private static final Logger log = LoggerFactory.getLogger(AuditAfterStartup.class);

    private final AuditRunner runner;
    private final int inlineLimit;

    public AuditAfterStartup(AuditRunner runner,
            @Value("${lineage.audit.inline-limit:200}") int inlineLimit) {
        this.runner = runner;
        this.inlineLimit = inlineLimit;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void auditLoadedData() {
        int stale;
        try {
            stale = runner.staleAssessments();
        } catch (RuntimeException e) {
            log.warn("起動時の監査に失敗しました: {}", e.getMessage());
            return;
        }
        if (stale <= inlineLimit) {
            audit();
            return;
        }
        log.info("監査を背景で実行します（{} 版）。検索・trace はその間も使えます", stale);
        Thread thread = new Thread(this::audit, "audit-after-startup");
        thread.setDaemon(true);
        thread.start();
    }

    private void audit() {
        try {
            runner.runStale(AuditProgress.NONE);
        } catch (RuntimeException e) {
            // An audit problem must not keep the explorer from serving.
            log.warn("起動時の監査に失敗しました: {}", e.getMessage());
        }
    }
}
