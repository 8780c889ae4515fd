package org.migracode.talent.portal.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description of {@code /api/v1} ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui}); both need a signed-in user. Every operation states its roles in its
 * description.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI talentOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Migracode Talent API").version("v1")
                        .description("""
                                Search consenting graduates, manage listings and see ranked matches with their \
                                explanations. Authenticate with a bearer JWT from the portal's OpenID Connect issuer \
                                (or the browser session; writes then need the CSRF token). Errors are RFC 9457 \
                                problem details with a stable `type`. Rankings explain; people decide.""")
                        .license(new License().name("Proprietary to the schools; ESCO data CC BY 4.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
