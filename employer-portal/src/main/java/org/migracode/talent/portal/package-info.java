/**
 * The employer portal application: web UI, REST API, security and reports, one package per
 * feature. It reaches persistence and search only through the search-index module's services.
 */
package org.migracode.talent.portal;
