package org.migracode.talent.benchmarks.bench;

import org.migracode.talent.index.config.SearchIndexConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The non-web Spring context the benchmark runs in: the search-index module and Boot's auto-configuration. */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(SearchIndexConfiguration.class)
class BenchApplication {
}
