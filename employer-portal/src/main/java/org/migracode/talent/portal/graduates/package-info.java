/**
 * The coach's view of a graduate ({@code /graduates/{id}}, coaches and admins only): profile, best
 * open listings, proposals and their stages, placements and check-ins, and the interaction log
 * (calls, meetings, workshops, notes; staff only, in the graduate's data download, erased with
 * the account). Other features add their part through {@link org.migracode.talent.portal.graduates.GraduateFileSection}.
 */
package org.migracode.talent.portal.graduates;
