package org.migracode.talent.portal.mail;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Zero setup: with no {@code spring.mail.host} (nor {@code spring.mail.jndi-name}), Spring Boot
 * configures no mail sender; then an {@link EmbeddedSmtpServer} starts in-process and the
 * {@link JavaMailSender} points at it. With {@code spring.mail.host} set, Spring Boot's own sender
 * for that server is used and nothing here starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedSmtpConfiguration.NoMailServerConfigured.class)
class EmbeddedSmtpConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpConfiguration.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedSmtpServer embeddedSmtpServer(TalentMailProperties properties) {
        return new EmbeddedSmtpServer(properties.embeddedSmtpPort());
    }

    @Bean
    JavaMailSender embeddedMailSender(EmbeddedSmtpServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(EmbeddedSmtpServer.BIND_ADDRESS);
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        Properties javaMail = new Properties();
        javaMail.setProperty("mail.smtp.connectiontimeout", "5000");
        javaMail.setProperty("mail.smtp.timeout", "10000");
        javaMail.setProperty("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(javaMail);
        log.info("No spring.mail.host configured: outgoing mail goes to the in-process SMTP server on {}:{} and never leaves"
                + " this machine; admins see it under /admin/mail. Set spring.mail.host to send real mail (README, \"Outgoing mail\").",
                EmbeddedSmtpServer.BIND_ADDRESS, server.port());
        return sender;
    }

    @Bean
    EmbeddedSmtpJanitor embeddedSmtpJanitor(EmbeddedSmtpServer server) {
        return new EmbeddedSmtpJanitor(server);
    }

    /** Empties the in-process server's memory once an hour (the outbox table keeps the record). */
    static final class EmbeddedSmtpJanitor {
        private final EmbeddedSmtpServer server;

        EmbeddedSmtpJanitor(EmbeddedSmtpServer server) {
            this.server = server;
        }

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
        void forget() {
            server.forget();
        }
    }

    static final class NoMailServerConfigured extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            boolean configured = hasText(env.getProperty("spring.mail.host")) || hasText(env.getProperty("spring.mail.jndi-name"));
            return configured ? ConditionOutcome.noMatch("spring.mail.host or spring.mail.jndi-name is set")
                    : ConditionOutcome.match("no spring.mail.host: the in-process SMTP server runs");
        }

        private static boolean hasText(String value) {
            return value != null && !value.isBlank();
        }
    }
}
