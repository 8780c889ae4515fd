package org.migracode.talent.portal.school;

import java.time.ZoneId;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * School settings from {@code talent.school.*} properties, until an admin edits them in the
 * product (the settings page replaces this bean).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PropertySchoolSettings.Properties.class)
class PropertySchoolSettings {

    // @Primary: the Properties record below is a SchoolSettings bean too; without it no one can inject SchoolSettings
    @Bean
    @Primary
    @ConditionalOnMissingBean(SchoolSettings.class)
    SchoolSettings schoolSettings(Properties properties) {
        return properties;
    }

    @ConfigurationProperties("talent.school")
    record Properties(@DefaultValue("Migracode Barcelona") String name, @DefaultValue("Europe/Madrid") ZoneId zone,
                      @DefaultValue("en") Locale defaultLocale, @DefaultValue("90") int placementGoalPercent,
                      @DefaultValue("5") int suppressionThreshold) implements SchoolSettings {
    }
}
