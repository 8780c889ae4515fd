/** The school's own settings: name, time zone, default language, goals and policies. */
package org.migracode.talent.portal.school;
