/** Robustness tests: the data-driven bad-input corpus against every write and search endpoint, and fault tests. */
package org.migracode.talent.portal.robustness;
