/**
 * Shortlists per listing (issue #17): graduates a company's recruiters (or a coach, for any
 * listing) keep an eye on for one listing, shown only while the graduate is visible to the
 * listing's company.
 */
package org.migracode.talent.portal.shortlists;
