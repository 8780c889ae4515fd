package org.migracode.talent.portal.system;

import org.migracode.talent.index.embedding.GraduateVectorStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the portal is ready (demo data, if any, written), loads the graduates' vectors of the
 * embedding channel in the background: otherwise the first recruiter to ask for matches after a
 * start waited for all of them to be read from PostgreSQL (more than the bench's 30-second
 * request timeout at 1,000,000 graduates).
 */
@Component
class MatchingWarmUp {

    private final GraduateVectorStore vectors;

    MatchingWarmUp(GraduateVectorStore vectors) {
        this.vectors = vectors;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        vectors.loadInBackground();
    }
}
