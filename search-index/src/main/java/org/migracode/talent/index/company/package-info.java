/** Partner companies: the tenants of the employer portal. */
package org.migracode.talent.index.company;
