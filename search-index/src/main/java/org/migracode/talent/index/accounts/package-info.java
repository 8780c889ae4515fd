/** User accounts and roles. Authentication itself lives in the portal; this package only stores who is who. */
package org.migracode.talent.index.accounts;
