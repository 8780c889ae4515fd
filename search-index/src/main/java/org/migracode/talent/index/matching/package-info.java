/**
 * The two-stage matcher: stage 1 retrieves and filters from the index with the Hibernate Search
 * DSL (so it runs on the Lucene and the Elasticsearch backends alike), stage 2 re-scores and
 * explains with matcher-core. Also the taxonomy shared by the mapping and the queries, and the
 * type binders that write the index fields the matcher derives from graduates and listings (so
 * the entities need not call the matcher: dependencies point from here to them, never back).
 */
package org.migracode.talent.index.matching;
