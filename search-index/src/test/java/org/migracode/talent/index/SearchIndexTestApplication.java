package org.migracode.talent.index;

import org.migracode.talent.index.config.SearchIndexConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The smallest application around the search-index module, for its integration tests. */
@SpringBootApplication
@Import(SearchIndexConfiguration.class)
public class SearchIndexTestApplication {
}
