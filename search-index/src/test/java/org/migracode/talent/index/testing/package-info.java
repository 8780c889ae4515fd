/** Test support shared with the portal and the benchmarks: real PostgreSQL per context, data builders. */
package org.migracode.talent.index.testing;
