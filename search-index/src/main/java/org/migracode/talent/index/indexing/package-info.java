/**
 * Keeping the index equal to the database: counts, mass reindex with progress, the start-up check
 * and the mapping fingerprint. Knows nothing of HTTP.
 */
package org.migracode.talent.index.indexing;
