package org.migracode.talent.portal.testing;

import java.time.ZoneOffset;
import java.util.Locale;
import org.migracode.talent.portal.school.SchoolSettings;
import org.migracode.talent.portal.school.ShownTimes;
import org.mockito.Mockito;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application's component scan without its {@code @Import(SearchIndexConfiguration.class)}
 * (JPA, Hibernate Search): a controller slice then holds the web layer only, as
 * {@code @WebMvcTest}'s type filter selects it.
 */
@SpringBootConfiguration
@ComponentScan(basePackages = "org.migracode.talent.portal",
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class WebSliceConfiguration {

    /** The school as the web configuration reads it: English by default, times in UTC. */
    @Bean
    SchoolSettings schoolSettings() {
        SchoolSettings school = Mockito.mock(SchoolSettings.class);
        Mockito.when(school.defaultLocale()).thenReturn(Locale.ENGLISH);
        Mockito.when(school.zone()).thenReturn(ZoneOffset.UTC);
        return school;
    }

    @Bean
    ShownTimes shownTimes(SchoolSettings school) {
        return new ShownTimes(school);
    }
}
