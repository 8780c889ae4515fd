/**
 * Availability an employer may see, without the status behind it. Staff record what limits when
 * and how much a graduate may work (work-permit date, hours allowed per week, internships only, a
 * note) in a staff-only table; employers, search and the matcher see only what it implies
 * ({@link org.migracode.talent.index.graduates.EmployerAvailability}): "can start from", eligible for
 * internship / part-time / full-time, hours per week.
 */
package org.migracode.talent.portal.availability;
