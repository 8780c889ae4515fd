package org.migracode.talent.portal.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Viewer} handler argument: a bare bearer token (a portal role but no portal account
 * behind it) resolves too, bound to no company or graduate ({@link Viewer#ofRole}). Without it
 * such a token is refused like an anonymous caller.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface RoleOnlyAllowed {
}
