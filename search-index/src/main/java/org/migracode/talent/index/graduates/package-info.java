/**
 * Graduate profiles and their index mapping. A profile never carries a protected attribute;
 * what a company may see of it is decided by {@link org.migracode.talent.index.access.GraduateAccess}, not here.
 * It does not know the matcher ({@code index.matching}): the fields the matcher derives are written
 * by a binder of that package, named here only by its bean name (a rule of {@code ModuleBoundaryTests}).
 */
package org.migracode.talent.index.graduates;
