package org.migracode.talent.portal.notifications;

import java.util.Objects;
import java.util.UUID;

/** Who a {@link Notice} is for; resolved to active accounts when it is written. */
public sealed interface Recipients {

    /** One account. */
    record Account(UUID accountId) implements Recipients {
        public Account {
            Objects.requireNonNull(accountId, "accountId");
        }
    }

    /** The active recruiters of one company. */
    record CompanyRecruiters(UUID companyId) implements Recipients {
        public CompanyRecruiters {
            Objects.requireNonNull(companyId, "companyId");
        }
    }

    /** The graduate's own account (none if the graduate has no account yet). */
    record Graduate(UUID graduateId) implements Recipients {
        public Graduate {
            Objects.requireNonNull(graduateId, "graduateId");
        }
    }

    /** Every active coach. */
    record Coaches() implements Recipients {
    }
}
