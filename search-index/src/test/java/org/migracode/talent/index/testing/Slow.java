package org.migracode.talent.index.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that is slow by what it does, not by waste: it drives headless chromium, starts the
 * packaged application or OpenSearch in child JVMs, kills processes, or sends the whole bad-input
 * corpus. Together these are more than half of {@code ./mvnw -B verify} on 2 cores. The full
 * {@code verify} (and CI) runs them; {@code ./mvnw -B verify -Pquick} leaves them out, for a
 * full-stack check of everything else before a push. Inherited, so every subclass of a tagged base
 * class (the browser tests' {@code BrowserTestBase}) is slow too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(Slow.TAG)
public @interface Slow {

    /** The JUnit tag, excluded by the {@code quick} Maven profile. */
    String TAG = "slow";
}
