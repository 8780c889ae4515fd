package org.migracode.talent.portal.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, mapped where they are: {@code static/css}, {@code static/js}, {@code static/demo}, the two
 * icons, and the web jars (linked without their version). Spring Boot's own mapping ({@code
 * spring.web.resources.add-mappings}, off in application.properties) serves {@code /**} from four class-path
 * folders. With the web jars locator present, Boot also installs {@code ResourceUrlEncodingFilter}, which passes
 * every link a page writes ({@code @{/listings/…}}) through those mappings: a page address under {@code /**} was
 * looked up as a file in each folder, a miss that searches every jar of the class path and is never cached. That
 * was about a fifth of the portal's CPU per request in the bad-input corpus (docs/performance.md). Mapped by
 * folder, a page link is a pattern test.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final String[] FOLDERS = {"css", "js", "demo"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
        registry.addResourceHandler("/favicon.ico", "/favicon.svg").addResourceLocations("classpath:/static/")
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
