package org.migracode.talent.portal.listings;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.testing.SliceUsers;
import org.migracode.talent.portal.testing.WebSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The listings API's status mapping without the application: Bean Validation on the body (400
 * with the fields named, in the caller's language), "not yours" as 404, a stale version as 409 with
 * the current version. (ListingApiIT and ListingValidationIT cover the same against the database.)
 */
@WebMvcTest(ListingApiController.class)
@WebSliceTest
class ListingApiControllerTests {

    private static final UUID LISTING = UUID.fromString("00000000-0000-0000-0000-0000000001a1");
    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ListingService service;

    private static RequestPostProcessor recruiter() {
        return SliceUsers.as(SliceUsers.signedIn(Role.RECRUITER, COMPANY, null));
    }

    @AfterEach
    void signOut() {
        SliceUsers.signOut();
    }

    @Test
    void aBlankTitleIs400NamingTheFieldInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/listings").with(recruiter()).header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"  \",\"type\":\"JOB\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", endsWith("/problems/invalid-input")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")));
        verifyNoInteractions(service);
    }

    @Test
    void anotherCompanysListingIs404InTheCallersLanguage() throws Exception {
        when(service.get(any(Viewer.class), eq(LISTING), any())).thenThrow(new ListingNotFoundException("listing", LISTING));
        mvc.perform(get("/api/v1/listings/{id}", LISTING).with(recruiter()).header("Accept-Language", "es"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type", endsWith("/problems/not-found")))
                .andExpect(jsonPath("$.title").value("No encontrado"))
                .andExpect(jsonPath("$.detail").value("no existe la oferta " + LISTING));
    }

    @Test
    void anEditOfAnOldVersionIs409WithTheCurrentVersion() throws Exception {
        when(service.update(any(Viewer.class), eq(LISTING), any(), any())).thenThrow(new StaleListingException(LISTING, 5, 3L));
        mvc.perform(put("/api/v1/listings/{id}", LISTING).with(recruiter()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Frontend developer\",\"type\":\"JOB\",\"version\":3}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", endsWith("/problems/stale-version")))
                .andExpect(jsonPath("$.title").value("Changed meanwhile"))
                .andExpect(jsonPath("$.currentVersion").value(5));
    }

    @Test
    void anIdThatIsNotAUuidIs400NotA500() throws Exception {
        mvc.perform(get("/api/v1/listings/{id}", "not-a-uuid").with(recruiter()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", endsWith("/problems/invalid-input")));
        verifyNoInteractions(service);
    }
}
