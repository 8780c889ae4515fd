package org.migracode.talent.portal.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /setup}: the one-time page that creates the first admin, there only while no active admin
 * exists (404 afterwards) and only with the setup token from the log ({@link FirstAdminSetup}).
 */
@Controller
class SetupController {

    private final FirstAdminSetup setup;
    private final ExternalLogin external;

    SetupController(FirstAdminSetup setup, ExternalLogin external) {
        this.setup = setup;
        this.external = external;
    }

    @GetMapping("/setup")
    String page(Model model, HttpServletResponse response) {
        if (!setup.needed()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "accounts/not-found";
        }
        model.addAttribute("external", external.configured());
        model.addAttribute("minLength", BasicPasswordPolicy.MIN_LENGTH);
        return "accounts/setup";
    }

    @PostMapping("/setup")
    String create(@RequestParam(required = false) String token, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String username, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation, Model model, HttpServletResponse response) {
        if (!setup.needed()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "accounts/not-found";
        }
        try {
            setup.createFirstAdmin(token, displayName, username, password, confirmation, !external.configured());
            model.addAttribute("username", username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
            return "accounts/setup-done";
        } catch (FirstAdminSetup.SetupClosedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorKey", "setup.tokenWrong");
        } catch (PasswordRefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorKey", e.key());
        } catch (IllegalArgumentException | IllegalStateException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("displayName", displayName);
        model.addAttribute("username", username);
        model.addAttribute("external", external.configured());
        model.addAttribute("minLength", BasicPasswordPolicy.MIN_LENGTH);
        return "accounts/setup";
    }
}
