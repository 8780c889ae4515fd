/**
 * A company's private notes and tags on graduates (issue #17): written and read by that company's
 * recruiters, read by school staff, never seen by another company. They are personal data about
 * the graduate: in the graduate's data download and erased with them ({@link
 * org.migracode.talent.portal.notes.NotesPersonalData}).
 */
package org.migracode.talent.portal.notes;
