package org.migracode.talent.portal.testing;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A test of the whole application (real database and index, {@link IntegrationTest}) that calls it
 * through MockMvc, anonymously or as signed-in users: {@link #tokens} signs real access tokens with the
 * embedded provider's key; fixtures that need more beans take them from {@link #context}. A subclass
 * names its demo data with {@code @TestPropertySource}; subclasses with the same properties share one
 * context (and its database).
 */
@IntegrationTest
@AutoConfigureMockMvc
public abstract class MvcTestBase {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ApplicationContext context;

    /** Tokens for {@code tokens.bearer(username)}; ready before any {@code @BeforeAll} or {@code @BeforeEach}. */
    protected TestTokens tokens;

    @Autowired
    void signTokensWith(JWKSource<SecurityContext> keys) {
        tokens = new TestTokens(keys);
    }
}
