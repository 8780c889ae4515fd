/**
 * Graduate profiles and their index mapping. A profile never carries a protected attribute;
 * what a recruiter may see of it is decided in the portal, not here.
 */
package org.migracode.talent.index.graduate;
