/**
 * The CIRR outcomes register: each graduate's follow-up schedule (check-ins 30, 90 and 180 days
 * after graduation until placed, then at the school's check-in months after each placement), the
 * coaches' due list and notifications, the graduate's one-click answer, the employer's one-click
 * confirmation of a hire, the documented-status share, the de-identified records behind each
 * rate, the CIRR export, and placement fees (staff only). See docs/reports.md.
 */
package org.migracode.talent.portal.register;
