package org.migracode.talent.index.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default OpenSearch layout (an index {@code NAME-000001} behind the aliases
 * {@code NAME-write} and {@code NAME-read}, so a reindex can swap indexes), with every name behind
 * a prefix ({@code talent.index.opensearch.index-prefix}): several deployments, or test runs, can
 * share one cluster without seeing each other's documents.
 */
final class PrefixedIndexLayoutStrategy implements IndexLayoutStrategy {

    private static final Pattern GENERATION = Pattern.compile("(.*)-\\d{6}");

    private final String prefix;

    PrefixedIndexLayoutStrategy(String prefix) {
        this.prefix = prefix.toLowerCase(Locale.ROOT);
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return key(hibernateSearchIndexName) + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return key(hibernateSearchIndexName) + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return key(hibernateSearchIndexName) + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return key(hibernateSearchIndexName);
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher m = GENERATION.matcher(elasticsearchIndexName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Index name '" + elasticsearchIndexName + "' does not end with a generation like -000001");
        }
        return m.group(1);
    }

    private String key(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName.toLowerCase(Locale.ROOT);
    }
}
