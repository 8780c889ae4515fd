package org.migracode.talent.portal.accounts;

import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The school's settings as this feature reads them. On main the property-backed settings are two
 * beans (the {@code talent.school} properties record is itself a {@link SchoolSettings}); until the
 * settings page leaves one, the unique (or primary) bean wins, else the first.
 */
@Component
class School {

    private final ObjectProvider<SchoolSettings> settings;

    School(ObjectProvider<SchoolSettings> settings) {
        this.settings = settings;
    }

    SchoolSettings settings() {
        return settings.getIfUnique(() -> settings.orderedStream().findFirst().orElseThrow());
    }
}
