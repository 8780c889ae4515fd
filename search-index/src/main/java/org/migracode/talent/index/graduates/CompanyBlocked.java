package org.migracode.talent.index.graduates;

import java.time.Instant;
import java.util.UUID;

/**
 * Published (as a Spring application event, inside the blocking transaction) when a graduate
 * blocks a company, so that what the company holds about the graduate follows: its open
 * proposals are withdrawn on the graduate's behalf.
 *
 * @param actorAccountId the graduate's account; null for a person known only to an external provider
 */
public record CompanyBlocked(UUID graduateId, UUID companyId, UUID actorAccountId, Instant at) {
}
