package org.migracode.talent.portal.accounts;

import java.time.Clock;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The graduate's answer on the consent screen, recorded exactly as the visibility switch on
 * {@code /me} records it ({@link GraduateProfile#setVisibleToEmployers}: shown or not, since when,
 * basis "graduate"); there is no second consent field.
 */
@Service
@PreAuthorize("hasRole('GRADUATE')")
class ConsentService {

    private final GraduateRepository graduates;
    private final Clock clock;

    ConsentService(GraduateRepository graduates, ObjectProvider<Clock> clock) {
        this.graduates = graduates;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    public boolean visible(Viewer viewer) {
        return mine(viewer).isVisibleToEmployers();
    }

    /** Shown to employers or not, from the commit on (search and matches leave a hidden graduate out). */
    @Transactional
    public void decide(Viewer viewer, boolean visible) {
        GraduateProfile g = mine(viewer);
        g.setVisibleToEmployers(visible);
        g.markActive(clock.instant());
        graduates.flush();
    }

    private GraduateProfile mine(Viewer viewer) {
        Viewer principal = viewer;
        if (principal.graduateId() == null) {
            throw new AccessDeniedException("not a graduate");
        }
        return graduates.findById(principal.graduateId()).orElseThrow(() -> new AccessDeniedException("no profile"));
    }
}
