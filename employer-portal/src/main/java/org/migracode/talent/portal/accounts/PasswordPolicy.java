package org.migracode.talent.portal.accounts;

import java.util.Optional;

/**
 * Decides whether a new password of the embedded login is acceptable. The default is
 * {@link BasicPasswordPolicy}; a bean of this type replaces it (e.g. a full policy with a list of
 * common passwords).
 */
public interface PasswordPolicy {

    /**
     * @return the message key (bundle {@code i18n/accounts}) of the first problem, empty when the
     *     password is acceptable
     */
    Optional<String> problem(String password, String username);
}
