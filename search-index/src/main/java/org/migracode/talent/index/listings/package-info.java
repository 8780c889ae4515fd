/**
 * Job and internship listings and their index mapping. Tenancy (who may see a listing) is the
 * portal's concern. It does not know the matcher ({@code index.matching}): the fields the matcher
 * derives are written by a binder of that package, named here only by its bean name.
 */
package org.migracode.talent.index.listings;
