/** Cross-cutting wiring: error bodies, health, metrics, start-up failure messages. */
package org.migracode.talent.portal.system;
