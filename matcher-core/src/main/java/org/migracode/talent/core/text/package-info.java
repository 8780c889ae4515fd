/**
 * Plain-text helpers shared by the ranking channels and the evaluation: which language a text is
 * written in. Pure Java; knows nothing of skills, profiles or scores.
 */
package org.migracode.talent.core.text;
