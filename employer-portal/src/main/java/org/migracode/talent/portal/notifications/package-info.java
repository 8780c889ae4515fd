/**
 * Notifications (issue #17): features call {@link org.migracode.talent.portal.notifications.Notifier}
 * inside the transaction of the event ("a coach proposed a graduate", "an interview was booked");
 * the recipient sees it behind the bell and, if they chose so, by e-mail.
 */
package org.migracode.talent.portal.notifications;
