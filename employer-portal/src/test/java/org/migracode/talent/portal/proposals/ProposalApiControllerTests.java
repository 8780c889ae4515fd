package org.migracode.talent.portal.proposals;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.proposals.ProposalMoveRefused;
import org.migracode.talent.index.proposals.ProposalRefusal;
import org.migracode.talent.index.proposals.ProposalStage;
import org.migracode.talent.portal.security.Viewer;
import org.migracode.talent.portal.testing.SliceUsers;
import org.migracode.talent.portal.testing.WebSliceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The proposals API's answers without the application: every refusal is an RFC 9457 problem with
 * its stable type, status and localized title, built by the one exception handler; the caller is
 * the resolved {@link Viewer}. (ProposalApiIT covers the same endpoints against the database.)
 */
@WebMvcTest(ProposalApiController.class)
@WebSliceTest
class ProposalApiControllerTests {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000p001".replace('p', 'a'));
    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProposalService service;

    private static RequestPostProcessor recruiter() {
        return SliceUsers.as(SliceUsers.signedIn(Role.RECRUITER, COMPANY, null));
    }

    private static String transition(String to, Long version) {
        return "{\"to\":" + (to == null ? "null" : "\"" + to + "\"") + ",\"version\":" + version + "}";
    }

    @Test
    void aBodyThatBreaksTheRulesIs400WithTheFieldsNamed() throws Exception {
        mvc.perform(post("/api/v1/proposals/{id}/transitions", ID).with(recruiter()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(transition(null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type", endsWith("/problems/invalid-input")))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("to", "version")));
        verifyNoInteractions(service);
    }

    @Test
    void anUnknownStageIs400() throws Exception {
        mvc.perform(post("/api/v1/proposals/{id}/transitions", ID).with(recruiter()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(transition("HIRED_TWICE", 1L)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type", endsWith("/problems/invalid-input")));
    }

    @Test
    void aMoveThatIsNotTheCallersIs403NotYourMove() throws Exception {
        when(service.move(any(Viewer.class), eq(ID), any())).thenThrow(
                new ProposalMoveRefused(ProposalRefusal.NOT_YOUR_MOVE, ProposalStage.PROPOSED, ProposalStage.EMPLOYER_INTERESTED));
        mvc.perform(post("/api/v1/proposals/{id}/transitions", ID).with(recruiter()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(transition("EMPLOYER_INTERESTED", 1L)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", endsWith("/problems/not-your-move")))
                .andExpect(jsonPath("$.title").value("Not your move"))
                .andExpect(jsonPath("$.refusal").value("NOT_YOUR_MOVE"));
    }

    @Test
    void anotherCompanysProposalIs404LikeAnUnknownOne() throws Exception {
        when(service.get(any(Viewer.class), eq(ID))).thenThrow(new ProposalNotFoundException("proposal", ID));
        mvc.perform(get("/api/v1/proposals/{id}", ID).with(recruiter()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type", endsWith("/problems/not-found")))
                .andExpect(jsonPath("$.detail", containsString(ID.toString())));
    }

    @Test
    void aConflictKeepsItsOwnStableTypeAndALocalizedTitle() throws Exception {
        when(service.create(any(Viewer.class), any())).thenThrow(new ProposalConflictException("already-proposed",
                "the graduate is already proposed for this listing"));
        mvc.perform(post("/api/v1/proposals").with(recruiter()).with(csrf()).header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"graduateId\":\"" + ID + "\",\"listingId\":\"" + COMPANY + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", endsWith("/problems/already-proposed")))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.not("Conflict")));
    }

    @Test
    void aRaceLostToAnotherMoveIs409StaleVersion() throws Exception {
        when(service.accept(any(Viewer.class), eq(ID), eq(4L))).thenThrow(StaleProposalException.raced(null));
        mvc.perform(post("/api/v1/proposals/{id}/accept", ID).with(recruiter()).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":4}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type", endsWith("/problems/stale-version")));
    }

    /** The security filters (not in a slice; SecurityMatrixIT) turn the refusal into 403. */
    @Test
    void aTokenWithoutAPortalAccountIsRefusedBeforeTheService() {
        assertThatThrownBy(() -> mvc.perform(get("/api/v1/proposals/{id}", ID).with(SliceUsers.as(
                        new TestingAuthenticationToken("robot", null, "ROLE_COACH")))))
                .hasRootCauseInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(service);
    }

    @AfterEach
    void signOut() {
        SliceUsers.signOut();
    }
}
