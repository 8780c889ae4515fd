/**
 * Job and internship listings: recruiters create and edit them (with skills suggested from the
 * text and corrected by hand), open and close them, and read each listing's ranked graduates with
 * the explanation of every score; graduates read their best open listings. Tenancy is enforced
 * here: a recruiter sees only their own company's listings, and anything else is "not found" so
 * that ids cannot be probed. Matching itself lives in {@code index.matching}; this package only
 * decides who may ask and renders the answer.
 */
package org.migracode.talent.portal.listings;
