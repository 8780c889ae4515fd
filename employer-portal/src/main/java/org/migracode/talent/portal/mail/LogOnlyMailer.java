package org.migracode.talent.portal.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * Placeholder until the mail outbox lands: logs the subject and recipient, sends nothing. The
 * outbox implementation replaces this class.
 */
@Component
@ConditionalOnMissingBean(value = Mailer.class, ignored = LogOnlyMailer.class)
class LogOnlyMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(LogOnlyMailer.class);

    @Override
    public void send(Mail mail) {
        log.info("mail not sent (no outbox yet): {} to {}", mail.kind(), mail.to());
    }
}
