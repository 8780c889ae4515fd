package org.migracode.talent.index.config;

import org.migracode.talent.index.indexing.IndexProperties;
import org.migracode.talent.index.matching.MatchingProperties;
import org.migracode.talent.index.matching.SkillVocabulary;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Everything the persistence and search layer contributes to an application: entities,
 * repositories, search services and the embedded database default. Applications import this
 * one class.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = "org.migracode.talent.index")
@EnableJpaRepositories(basePackages = "org.migracode.talent.index")
@ComponentScan(basePackages = "org.migracode.talent.index")
@EnableConfigurationProperties({StorageProperties.class, IndexProperties.class, MatchingProperties.class})
public class SearchIndexConfiguration {

    /**
     * The skill vocabulary the mapping's binders, the matcher and recruiter search share: the
     * bundled one, so code outside Spring that asks {@link SkillVocabulary#shared()} sees the same.
     */
    @Bean
    SkillVocabulary skillVocabulary() {
        return SkillVocabulary.shared();
    }
}
