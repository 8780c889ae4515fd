package org.migracode.talent.core.taxonomy;

/**
 * The taxonomy data file is malformed. The message starts with {@code file:line:} so that the
 * person editing the file finds the problem at once.
 */
public final class TaxonomyFormatException extends RuntimeException {

    private final String fileName;
    private final int line;

    public TaxonomyFormatException(String fileName, int line, String problem) {
        super(fileName + ":" + line + ": " + problem);
        this.fileName = fileName;
        this.line = line;
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based line number in the file. */
    public int line() {
        return line;
    }
}
