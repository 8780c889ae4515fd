package org.migracode.talent.portal.security;

import java.util.List;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads logins from the {@code user_account} table for the embedded identity provider's login
 * form; the role becomes {@code ROLE_<role>}.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public PortalUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return toPortalUser(account);
    }

    static PortalUser toPortalUser(UserAccount account) {
        return new PortalUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                account.getRole(), account.getCompanyId(), account.getGraduateId(), account.getDisplayName(),
                List.of(new SimpleGrantedAuthority(PortalPrincipal.authorityOf(account.getRole()))));
    }
}
