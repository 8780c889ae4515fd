package org.migracode.talent.portal.security;

import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link Viewer} (or {@code Optional<Viewer>} where anonymous callers are welcome)
 * handler argument from the request's authentication: the one place outside the sign-in code
 * that reads the security context for a request. A required {@code Viewer} without a signed-in
 * portal user is an {@link AccessDeniedException}, as the per-feature lookups it replaces threw;
 * a bare token counts only where the parameter says {@link RoleOnlyAllowed}.
 */
public class ViewerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.nestedIfOptional().getNestedParameterType() == Viewer.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Optional<Viewer> viewer = parameter.hasParameterAnnotation(RoleOnlyAllowed.class) ? Viewer.ofRole(authentication)
                : Viewer.of(authentication);
        if (parameter.getParameterType() == Optional.class) {
            return viewer;
        }
        return viewer.orElseThrow(() -> new AccessDeniedException("not signed in as a portal user"));
    }

    /**
     * The signed-in viewer of the current thread, for the few callers that run outside a handler
     * method's arguments (the audit recorder, which stamps every disclosure with its actor).
     */
    public static Optional<Viewer> current() {
        return Viewer.of(SecurityContextHolder.getContext().getAuthentication());
    }
}
