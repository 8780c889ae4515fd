package org.migracode.talent.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.testing.SlowTags;

/** The portal's tests that drive chromium, start the packaged app in a child JVM or replay the bad-input corpus are {@code @Slow}. */
class SlowTagsTests {

    @Test
    void everyBrowserChildJvmAndCorpusTestIsSlow() throws Exception {
        SlowTags.Scan scan = SlowTags.scan(SlowTagsTests.class, List.of(
                "org.migracode.talent.portal.browser.Browser",
                "org.migracode.talent.portal.robustness.ChildPortal",
                "org.migracode.talent.portal.robustness.HostileInput",
                "org.migracode.talent.index.testing.OpenSearchCluster",
                "org.migracode.talent.index.testing.OpenSearchTestContexts"));
        assertThat(scan.using()).as("the slow tests were found").contains(
                "org.migracode.talent.portal.browser.SignInBrowserIT", "org.migracode.talent.portal.browser.PagesBrowserIT",
                "org.migracode.talent.portal.robustness.FaultIT", "org.migracode.talent.portal.robustness.RobustnessCorpusIT");
        assertThat(scan.using()).as("an HTTP-scripted sign-in is not chromium").doesNotContain(
                "org.migracode.talent.portal.security.EmbeddedIdentityProviderIT");
        assertThat(scan.untagged()).as("tests of a slow kind that are not @Slow (./mvnw -B verify -Pquick would run them)").isEmpty();
    }
}
