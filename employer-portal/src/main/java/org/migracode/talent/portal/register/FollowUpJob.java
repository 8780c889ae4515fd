package org.migracode.talent.portal.register;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces due check-ins every hour (first a few minutes after start). Each check-in is announced
 * once: {@code follow_up_notice} remembers it in the same transaction as the notifications.
 */
@Component
class FollowUpJob {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpJob.class);

    private final FollowUpService followUps;

    FollowUpJob(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Scheduled(fixedDelayString = "${talent.register.follow-up-interval:PT1H}",
            initialDelayString = "${talent.register.follow-up-initial-delay:PT5M}")
    void run() {
        int announced = followUps.announceDue();
        if (announced > 0) {
            LOG.info("announced {} due check-in(s) to coaches and graduates", announced);
        }
    }
}
