/**
 * Finding graduates: the recruiter search ({@code /candidates}, {@code GET /api/v1/graduates}) and
 * the employer view of a graduate's profile ({@code /candidates/{id}}, {@code GET /api/v1/graduates/{id}}).
 * Decides who sees whom: recruiters only graduates who consented and are active, and never their
 * contact details; graduates only themselves; school staff everyone. A graduate a viewer may not
 * see does not exist for them (404, never 403). Searching itself is the search-index module's
 * {@link org.migracode.talent.index.search.GraduateSearch}; this package knows no Lucene.
 */
package org.migracode.talent.portal.search;
