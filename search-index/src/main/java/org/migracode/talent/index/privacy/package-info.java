/**
 * Contracts for a graduate's personal data across features: every feature that stores data about
 * a graduate contributes its part to the graduate's data download and to erasure (GDPR art. 15,
 * 17, 20), so no table is forgotten when a person asks to see or remove their data.
 */
package org.migracode.talent.index.privacy;
