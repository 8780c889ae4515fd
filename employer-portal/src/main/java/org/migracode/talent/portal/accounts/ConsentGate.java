package org.migracode.talent.portal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends a graduate who signed in without having decided themself whether employers may see them
 * (an imported graduate's first sign-in) to the consent screen before any other page. The mark is
 * set at sign-in ({@link SignInRecorder}) and removed when they decide; until then every page they
 * open leads there. The graduate's visibility is not changed by the gate: an imported graduate is
 * shown to employers only with a basis the school stated, or after saying yes here.
 */
@Configuration(proxyBeanMethods = false)
class ConsentGate implements WebMvcConfigurer {

    static final String PENDING = "talent.consent-pending";
    static final String PAGE = "/welcome";

    static boolean undecided(GraduateProfile g) {
        return !GraduateProfile.SELF.equals(g.getConsentBasis());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
                HttpSession session = request.getSession(false);
                if (session != null && session.getAttribute(PENDING) != null && "GET".equals(request.getMethod())) {
                    response.sendRedirect(request.getContextPath() + PAGE);
                    return false;
                }
                return true;
            }
        }).excludePathPatterns(PAGE, PAGE + "/**", "/api/**", "/actuator/**", "/css/**", "/webjars/**", "/error", "/logout",
                "/login", "/invite/**", "/setup", "/me/data", "/me/erase");
    }
}
