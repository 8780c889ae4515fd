/** Spring wiring of the persistence and search layer; no web or security types. */
package org.migracode.talent.index.config;
