package org.migracode.talent.portal.school;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code talent.school.*} properties: the school's settings until an admin saves the settings
 * page ({@link StoredSchoolSettings} reads the table first).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PropertySchoolSettings.Properties.class)
class PropertySchoolSettings {

    @ConfigurationProperties("talent.school")
    record Properties(@DefaultValue("Migracode Barcelona") String name, @DefaultValue("Europe/Madrid") ZoneId zone,
                      @DefaultValue("en") Locale defaultLocale, @DefaultValue("90") int placementGoalPercent,
                      @DefaultValue("5") int suppressionThreshold, @DefaultValue({"3", "6", "12"}) List<Integer> checkInMonths,
                      @DefaultValue("DIRECT") RankingPolicy rankingPolicy) implements SchoolSettings {
    }
}
