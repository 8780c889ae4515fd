/**
 * CVs into profiles: a graduate (or a coach for them) uploads a CV (PDF, DOCX, ODT or plain text)
 * or a LinkedIn data-export ZIP; its text becomes a draft of suggestions (matcher-core's
 * {@code core.draft}) that publishes nothing until the graduate confirms each one. The original
 * file is kept only when the graduate ticks "keep my original file", and is erased with the
 * account. Recruiters never reach any of it.
 */
package org.migracode.talent.portal.cvs;
