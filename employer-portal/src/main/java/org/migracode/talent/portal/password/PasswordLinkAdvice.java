package org.migracode.talent.portal.password;

import org.migracode.talent.portal.security.OnEmbeddedIdentityProviderCondition;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the page layout that the "Change password" link has a page behind it (embedded login only). */
@ControllerAdvice
@Conditional(OnEmbeddedIdentityProviderCondition.class)
class PasswordLinkAdvice {

    @ModelAttribute("passwordChangeAvailable")
    boolean passwordChangeAvailable() {
        return true;
    }
}
