/**
 * A profile draft from a graduate's own document (a CV's text, a LinkedIn export turned into
 * text): a suggested headline, the skills the text names with the sentence each was found in,
 * spoken languages with the CEFR level the text states, and projects with their links. Only
 * suggestions: nothing here writes a profile, and reading documents (PDF, DOCX…) is the portal's
 * job. Pure Java, no framework.
 */
package org.migracode.talent.core.draft;
