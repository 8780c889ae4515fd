package org.migracode.talent.portal.privacy;

import org.migracode.talent.index.privacy.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs retention on {@code talent.retention.cron} (default 03:30 daily; {@code -} disables it). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;

    RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${talent.retention.cron:0 30 3 * * *}")
    void run() {
        Retention.RunResult result = retention.run();
        log.info("Retention: {} profiles newly flagged as inactive, {} anonymised after the grace period",
                result.flagged(), result.anonymised());
    }
}
