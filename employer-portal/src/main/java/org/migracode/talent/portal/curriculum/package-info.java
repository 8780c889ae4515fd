/**
 * The graduate's plan: the school's own mapping from a skill to the curriculum module, workshop
 * or project that teaches it (admins edit it at {@code /admin/curriculum}), shown next to "skills
 * that would open more listings" on the graduate's pages and in the coach's view.
 */
package org.migracode.talent.portal.curriculum;
