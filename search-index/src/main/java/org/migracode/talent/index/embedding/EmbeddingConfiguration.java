package org.migracode.talent.index.embedding;

import org.migracode.talent.core.embedding.TextEmbedder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedding channel's switch: {@code talent.matching.embedding.enabled} (default true). Off, there
 * is no {@link TextEmbedder} bean: nothing is embedded when a profile or listing is written (their
 * stored vectors are cleared, so none goes stale), the model is never loaded, and the channel has no
 * input, so its component takes no weight (docs/matching.md).
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddingConfiguration {

    /** The property that switches the channel. */
    public static final String ENABLED = "talent.matching.embedding.enabled";

    @Bean
    @ConditionalOnProperty(name = ENABLED, havingValue = "true", matchIfMissing = true)
    TextEmbedder textEmbedder() {
        return new OnnxTextEmbedder();
    }
}
