package org.migracode.talent.portal.privacy;

import org.migracode.talent.index.fairness.Gender;
import org.migracode.talent.index.fairness.Region;

/**
 * The optional self-declaration. {@code consent} must be true: storing it rests on this separate,
 * explicit consent and nothing else. Either part may be left out.
 */
record FairnessRequest(boolean consent, Gender gender, Region region) {
}
