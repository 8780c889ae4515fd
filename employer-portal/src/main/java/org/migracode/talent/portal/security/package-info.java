/**
 * Authentication (who you are) and the outer authorization rules (which role may call which URL).
 * People sign in with OpenID Connect: against the embedded demo provider (Spring Authorization
 * Server in this process, over {@code user_account}) or an external one (Keycloak, Entra ID,
 * Google); the REST API also takes bearer JWTs of the same issuer. Every way in ends as a
 * {@link org.migracode.talent.portal.security.PortalPrincipal} with one {@code ROLE_<role>}
 * authority, and tenancy (company, graduate) comes from our database wherever it knows the person.
 * See {@code docs/security.md}.
 */
package org.migracode.talent.portal.security;
