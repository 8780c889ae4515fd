package org.migracode.talent.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migracode.talent.portal.testing.MvcTestBase;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.server.PathContainer;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every file of {@code static/} and the web jars the pages load are served where the pages link them, and a page
 * address is not taken for a file: with Spring Boot's catch-all {@code /**} mapping every link a page wrote was
 * looked up on the class path (see {@link StaticResources}). Same properties as LocalizedProblemIT (one context).
 */
@TestPropertySource(properties = {"talent.demo.graduates=40", "talent.demo.listings=12", "talent.demo.companies=6"})
class StaticResourcesIT extends MvcTestBase {

    @Test
    void everyStaticFileIsServedAtItsPath() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:/static/**/*.*");
        List<String> paths = new ArrayList<>();
        for (Resource file : files) {
            String url = file.getURL().toString();
            paths.add(url.substring(url.lastIndexOf("/static/") + "/static".length()));
        }
        assertThat(paths).contains("/favicon.ico", "/favicon.svg", "/css/talent.css", "/js/facets.js", "/demo/cvs/cv-en.txt");
        for (String path : paths) {
            // css, js and the icons are public; the demo CVs are for signed-in users (a bearer token will do)
            MvcResult result = mvc.perform(get(path).with(tokens.bearer("recruiter"))).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(result.getResponse().getContentAsByteArray()).as(path).isNotEmpty();
        }
    }

    @Test
    void webJarsAndSwaggerUiAreServed() throws Exception {
        for (String path : List.of("/webjars/echarts/dist/echarts.common.min.js", "/webjars/htmx.org/dist/htmx.min.js")) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(result.getResponse().getContentAsByteArray().length).as(path).isGreaterThan(1000);
        }
        // springdoc maps its Swagger UI web jar itself, for signed-in users
        MvcResult swagger = mvc.perform(get("/swagger-ui/index.html").with(tokens.bearer("recruiter"))).andReturn();
        assertThat(swagger.getResponse().getStatus()).isEqualTo(200);
        assertThat(swagger.getResponse().getContentAsString()).contains("swagger-ui");
    }

    @Test
    void aMissingFileIsNotFound() throws Exception {
        mvc.perform(get("/css/nothing-here.css")).andExpect(status().isNotFound());
        mvc.perform(get("/webjars/echarts/dist/nothing-here.js")).andExpect(status().isNotFound());
    }

    /** The mappings the link rewriter (ResourceUrlEncodingFilter) consults for every link of every page. */
    @Test
    void aPageAddressIsNotLookedUpAsAFile() {
        ResourceUrlProvider provider = context.getBean("mvcResourceUrlProvider", ResourceUrlProvider.class);
        assertThat(provider.getHandlerMap()).isNotEmpty();
        for (String page : List.of("/listings/5f738473-0000-0000-0000-000000000000", "/graduates", "/reports/outcomes", "/")) {
            assertThat(provider.getHandlerMap().keySet())
                    .as("resource mappings that match the page " + page)
                    .noneMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(page)));
        }
    }
}
