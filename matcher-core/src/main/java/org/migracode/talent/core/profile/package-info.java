/**
 * The values that describe graduates and listings to the matcher (levels, types, remote
 * policies). Shared by the persistence layer so that one enum names one idea everywhere.
 * Nothing here names a protected attribute (nationality, status, religion, health, gender, age).
 */
package org.migracode.talent.core.profile;
