/**
 * One record per person, for the school's staff: the queue of likely duplicate graduates with the
 * two records' evidence side by side, merging (into the older record), "not a duplicate", and
 * undoing a merge within 30 days. Coaches and admins only; nothing here reaches an employer.
 * The rules and the merge itself live in {@code index.duplicates}.
 */
package org.migracode.talent.portal.duplicates;
