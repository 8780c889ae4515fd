/**
 * CSV import of graduates, companies and listings (admins): downloadable templates, every row
 * validated before anything is written, row-level errors (line, column, message), all rows in
 * one transaction, and updates instead of duplicates by the {@code external_id} column.
 */
package org.migracode.talent.portal.imports;
