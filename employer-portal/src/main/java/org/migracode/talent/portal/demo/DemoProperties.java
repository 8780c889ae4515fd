package org.migracode.talent.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo data loaded into an empty database on first start ({@code talent.demo.*}).
 *
 * @param enabled load demo data when the database has no company yet
 * @param seed generator seed; the same seed gives the same people, companies and listings
 * @param graduates how many graduate profiles
 * @param cohorts how many cohorts, six months apart
 * @param companies how many partner companies
 * @param listings how many listings
 */
@ConfigurationProperties("talent.demo")
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20261129") long seed,
        @DefaultValue("300") int graduates,
        @DefaultValue("6") int cohorts,
        @DefaultValue("40") int companies,
        @DefaultValue("120") int listings) {
}
