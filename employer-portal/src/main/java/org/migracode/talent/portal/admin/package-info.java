/** Administration endpoints (index maintenance); admins only. */
package org.migracode.talent.portal.admin;
