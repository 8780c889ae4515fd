/** Companies, accounts and invitations, administered in the product. */
package org.migracode.talent.portal.accounts;
