/** Job and internship listings and their index mapping. Tenancy (who may see a listing) is the portal's concern. */
package org.migracode.talent.index.listings;
