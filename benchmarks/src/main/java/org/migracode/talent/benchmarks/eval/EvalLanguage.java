package org.migracode.talent.benchmarks.eval;

/** A spoken language: ISO 639-1 code and CEFR level text (validated when read). */
public record EvalLanguage(String code, String level) {
}
