package org.migracode.talent.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The test JVMs compile with C1 only (the root pom's {@code test.jvm.flags}), and C1 alone gets a
 * 48 MB code cache. The portal's failsafe JVM, with its many Spring contexts, filled that two
 * minutes in ("CodeCache is full. Compiler has been disabled."), and every method it met after
 * that ran interpreted for the rest of the run. The flags give the code cache back the 240 MB
 * the JVM reserves for tiered compilation.
 */
class TestJvmTests {

    static final long TIERED_CODE_CACHE = 240L * 1024 * 1024;

    @Test
    void theCodeCacheIsAsLargeAsTieredCompilationWouldHaveIt() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        long reserved = Long.parseLong(vm.getVMOption("ReservedCodeCacheSize").getValue());
        assertThat(reserved).as("ReservedCodeCacheSize in bytes (TieredStopAtLevel=%s)", vm.getVMOption("TieredStopAtLevel").getValue())
                .isGreaterThanOrEqualTo(TIERED_CODE_CACHE);
    }
}
