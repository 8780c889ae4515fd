package org.migracode.talent.index.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test on a real PostgreSQL ({@link TestDatabase}) and a real Lucene index in a
 * temporary folder. Contexts with the same configuration are cached and share their database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {
}
