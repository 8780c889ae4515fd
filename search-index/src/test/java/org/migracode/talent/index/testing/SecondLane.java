package org.migracode.talent.index.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A long integration test class that runs beside the others instead of after them. Failsafe runs
 * the {@code *IT} classes in two lanes (the root pom's JUnit parallel settings): every class without
 * this annotation stays in the first, one after another as before; the classes with it start at the
 * beginning and run beside the first lane, and beside each other (JUnit's fork-join pool lends a
 * thread to a test blocked on an HTTP call, so the second lane's classes do not wait for one
 * another: measured 2026-12-07, all three of the portal's started in the first seconds).
 *
 * <p>A class may have it only when nothing it does can meet another class's data, in either lane:
 * it starts its own child JVMs (on ports and data folders of their own), OpenSearch nodes or
 * database, or it has a Spring test context (and so a database and a data folder) that no other
 * class shares. A shared cached context would let the two lanes
 * write to one database at the same time.
 *
 * <p>Its test methods run one after another as usual: JUnit would otherwise pass the class's
 * concurrent mode on to them, so each such method says {@code @Execution(SAME_THREAD)} where a
 * class has more than one (the order of {@code FaultIT}'s steps matters). {@code SecondLaneTests}
 * checks both rules it can see.
 *
 * <p>Why it helps on 2 cores although both lanes share them: these classes spend much of their
 * time waiting (a database stopped for 30 s, a child JVM starting, a mail server that answers
 * slowly, OpenSearch starting), and the first lane's classes leave a core partly idle while one
 * request at a time goes through the application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Execution(ExecutionMode.CONCURRENT)
public @interface SecondLane {
}
