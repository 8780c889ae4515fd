/**
 * The occupation vocabulary: job titles (frontend, backend, full-stack, data, QA, DevOps,
 * support, ...) with their English, Spanish and Catalan labels and variants, read from
 * {@code occupations.tsv} next to the skill taxonomy, and found in free text so that
 * "programadora", "desenvolupador" and "developer" name one occupation. Pure Java.
 */
package org.migracode.talent.core.occupation;
