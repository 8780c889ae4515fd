package org.migracode.talent.index.audit;

import java.time.Instant;

/** "Who viewed my profile", as the graduate sees it: the company and the time, nothing about the person. */
public record ProfileView(String companyName, Instant at) {
}
