/**
 * One record per person: finding graduate records that may be one person (pure rules:
 * {@link org.migracode.talent.index.duplicates.DuplicateDetector}, {@link org.migracode.talent.index.duplicates.NameFolding},
 * {@link org.migracode.talent.index.duplicates.ContactKeys}), remembering the staff's decision on each pair, and merging two
 * records into the older one in a way that can be undone for 30 days
 * ({@link org.migracode.talent.index.duplicates.GraduateMerger}). Knows nothing of HTTP or who may do it: the portal checks roles.
 */
package org.migracode.talent.index.duplicates;
