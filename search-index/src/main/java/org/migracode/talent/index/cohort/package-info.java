/** Cohorts: classes of a code school, with the curriculum modules they were taught. */
package org.migracode.talent.index.cohort;
