/**
 * Recruiter search of graduates: free text read through the skill taxonomy and the occupation
 * vocabulary (job titles in English, Spanish and Catalan), forgiving typos with a "did you mean"
 * suggestion (docs/search.md), filters, facets with counts, highlighted snippets, sorting, bounded
 * pagination and advice when nothing matches. One
 * interface ({@link org.migracode.talent.index.search.GraduateSearch}) with value records for
 * its input and output; queries use only the Hibernate Search DSL, so they run on the Lucene and
 * Elasticsearch backends alike. Who may see which graduate is the caller's decision, passed in
 * as {@link org.migracode.talent.index.search.GraduateQuery#viewerMayOnlySeeConsenting()}.
 */
package org.migracode.talent.index.search;
