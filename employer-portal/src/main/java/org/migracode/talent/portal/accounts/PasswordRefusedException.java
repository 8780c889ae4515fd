package org.migracode.talent.portal.accounts;

/** A new password the {@link PasswordPolicy} refused; {@link #key()} says why (bundle {@code i18n/accounts}). */
class PasswordRefusedException extends IllegalArgumentException {

    private final String key;

    PasswordRefusedException(String key) {
        super("password: " + key);
        this.key = key;
    }

    String key() {
        return key;
    }
}
