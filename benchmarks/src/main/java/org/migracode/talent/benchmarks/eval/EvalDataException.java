package org.migracode.talent.benchmarks.eval;

/** The data set cannot be read; the message names the file and the line. */
public class EvalDataException extends RuntimeException {
    public EvalDataException(String message) {
        super(message);
    }
}
