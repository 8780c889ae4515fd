/** Authentication (who you are) and the outer authorization rules (which role may call which URL). */
package org.migracode.talent.portal.security;
