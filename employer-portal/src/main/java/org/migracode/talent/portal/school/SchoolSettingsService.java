package org.migracode.talent.portal.school;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reading and changing the school's settings: admins only. */
@Service
public class SchoolSettingsService {

    private final StoredSchoolSettings settings;

    SchoolSettingsService(StoredSchoolSettings settings) {
        this.settings = settings;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Settings read() {
        return settings.current();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Settings update(SettingsRequest request, UUID adminAccount) {
        Settings wanted = request.validated();
        return settings.save(wanted, request.version() == null ? -1 : request.version(), adminAccount);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Settings uploadLogo(byte[] bytes, UUID adminAccount) {
        return settings.saveLogo(LogoCheck.check(bytes), adminAccount);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Settings removeLogo(UUID adminAccount) {
        return settings.saveLogo(null, adminAccount);
    }
}
