package org.migracode.talent.portal.security;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers {@link ViewerArgumentResolver}: controllers take a {@link Viewer} argument. */
@Configuration(proxyBeanMethods = false)
class ViewerWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ViewerArgumentResolver());
    }
}
