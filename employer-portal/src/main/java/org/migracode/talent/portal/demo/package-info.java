/** First-start demo data for the embedded default. */
package org.migracode.talent.portal.demo;
