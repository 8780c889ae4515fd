/**
 * The audit log (EU AI Act record-keeping, GDPR accountability): an append-only table of who saw
 * or did what about which graduate, when, and from which search or listing, with the model version
 * behind every match shown. The database refuses updates and deletes (see V4); the only change
 * allowed is erasure clearing the graduate id. This package stores and queries; the portal decides
 * when to record.
 */
package org.migracode.talent.index.audit;
