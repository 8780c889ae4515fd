/**
 * Notifications (issue #17): features call {@link org.migracode.talent.portal.notifications.Notifier}
 * inside the transaction of the event ("a coach proposed a graduate", "an interview was booked");
 * the recipient sees it behind the bell ({@code NotificationBell}, {@code /notifications},
 * {@code /api/v1/notifications}) and, as they chose on "Notification settings", by e-mail at once
 * (written through the mail outbox in the same transaction) or in a daily digest
 * ({@code DailyDigest}), with an unsubscribe link that needs no sign-in. This package knows no
 * feature: who is told what is decided by the features (e.g. {@code portal.proposals.ProposalNotices}).
 * See docs/notifications.md.
 */
package org.migracode.talent.portal.notifications;
