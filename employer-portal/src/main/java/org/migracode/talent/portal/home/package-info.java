/** The start page. */
package org.migracode.talent.portal.home;
