/**
 * Privacy in the portal: a graduate's self-service (own profile, visibility, blocked companies,
 * data download, erasure, "who viewed my profile", the optional fairness declaration), the admin's
 * erasure and export on request, the audit-log and fairness pages, and the coaches' list of
 * profiles flagged by retention. Every entry point is a method of a service guarded by role; a
 * graduate only ever reaches their own data, taken from the signed-in principal.
 */
package org.migracode.talent.portal.privacy;
