/**
 * The audit log in the portal: {@link org.migracode.talent.portal.audit.AuditRecorder} turns the
 * signed-in person into the actor of an entry, so that features record what people saw in one
 * line; admins query the log over REST and on the {@code /admin/audit} page.
 */
package org.migracode.talent.portal.audit;
