package org.migracode.talent.portal.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.migracode.talent.portal.system.PortalProblems;
import org.migracode.talent.portal.system.ProblemMessages;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * With {@code @WebMvcTest(SomeController.class)}: what every controller slice needs besides the
 * controller and its mocked services — the problem builders the exception handler uses, and the
 * school settings and time formats the web configuration and advice read ({@link WebSliceConfiguration}). Sign in with
 * {@link SliceUsers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(classes = WebSliceConfiguration.class)
@Import({ProblemMessages.class, PortalProblems.class})
public @interface WebSliceTest {
}
