/**
 * Persistence and retrieval for Migracode Talent: JPA entities, Flyway migrations, the Hibernate
 * Search mapping on Lucene, and the matching and search queries. Must not know HTTP, Spring MVC or
 * Spring Security.
 */
package org.migracode.talent.index;
