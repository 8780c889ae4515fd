/**
 * Finding skills in free text (job ads, CVs, project descriptions) in English, Spanish and
 * Catalan: longest match over normalised terms against the taxonomy's surface forms, with a
 * context rule for forms that are also ordinary words ("Go", "Express", "R"). Spans refer to the
 * original text so that the UI can highlight them.
 *
 * <p>Knows the taxonomy; knows nothing of profiles, scores or any framework.
 */
package org.migracode.talent.core.extraction;
