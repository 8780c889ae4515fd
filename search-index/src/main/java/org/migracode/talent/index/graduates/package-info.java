/**
 * Graduate profiles and their index mapping. A profile never carries a protected attribute;
 * what a company may see of it is decided by {@link org.migracode.talent.index.access.GraduateAccess}, not here.
 */
package org.migracode.talent.index.graduates;
