package org.migracode.talent.portal.imports;

/**
 * How to run an import.
 *
 * @param dryRun     only preview: every row is checked and its outcome (created, updated with the
 *                   fields that would change, unchanged, refused) is returned; nothing is written
 * @param clearEmpty an empty cell clears the stored value; without it an empty cell, like a column
 *                   the file does not have, leaves the stored value alone
 * @param fileName   the uploaded file's name, for the audit log (never read from disk)
 */
public record ImportOptions(boolean dryRun, boolean clearEmpty, String fileName) {

    static final int MAX_FILE_NAME = 200;

    public ImportOptions {
        fileName = printable(fileName);
    }

    static ImportOptions defaults() {
        return new ImportOptions(false, false, null);
    }

    /** The name without control characters, at most {@value #MAX_FILE_NAME} characters; "(no name)" when none. */
    private static String printable(String name) {
        if (name == null) {
            return "(no name)";
        }
        String clean = name.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty()) {
            return "(no name)";
        }
        return clean.length() > MAX_FILE_NAME ? clean.substring(0, MAX_FILE_NAME) + "…" : clean;
    }
}
