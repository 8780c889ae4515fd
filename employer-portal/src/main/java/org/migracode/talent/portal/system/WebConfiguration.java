package org.migracode.talent.portal.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The UI speaks English, Spanish and Catalan: first from the browser's Accept-Language, then
 * from the user's choice ({@code ?lang=es}), remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("ca"));

    /**
     * The user's choice (cookie), else the browser's Accept-Language when it names a supported
     * language, else the school's default language (admin settings).
     */
    @Bean
    LocaleResolver localeResolver(SchoolSettings school) {
        CookieLocaleResolver resolver = new CookieLocaleResolver("talent-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            // without the header the container answers its own default locale: not the user's wish
            Locale best = request.getHeader("Accept-Language") != null ? bestSupported(request.getLocales()) : null;
            return best == null ? schoolDefault(school) : best;
        });
        return resolver;
    }

    private static Locale schoolDefault(SchoolSettings school) {
        Locale configured = school.defaultLocale();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(configured.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    private static Locale bestSupported(java.util.Enumeration<Locale> requested) {
        while (requested.hasMoreElements()) {
            Locale wanted = requested.nextElement();
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return null;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(languageParameter());
    }

    /**
     * {@code ?lang=es}: applied by every handler; an address no handler serves has no interceptors, so
     * {@link NotFoundPages} applies it itself.
     */
    static LocaleChangeInterceptor languageParameter() {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        return interceptor;
    }
}
