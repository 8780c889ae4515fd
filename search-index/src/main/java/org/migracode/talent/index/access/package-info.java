/**
 * Who may see which graduate: the single rule ({@link org.migracode.talent.index.access.GraduateAccess})
 * that search, matching, profiles, proposals and any future path of a company to a graduate go through.
 */
package org.migracode.talent.index.access;
