package nl.huisverbod.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ObjectProvider<InMemoryClientRegistrationRepository> oidcClients;

    LoginController(ObjectProvider<InMemoryClientRegistrationRepository> oidcClients) {
        this.oidcClients = oidcClients;
    }

    @GetMapping("/login")
    String login(Model model) {
        InMemoryClientRegistrationRepository clients = oidcClients.getIfAvailable();
        if (clients != null) {
            for (ClientRegistration registration : clients) {
                model.addAttribute("oidcLoginUrl", "/oauth2/authorization/" + registration.getRegistrationId());
                break;
            }
        }
        return "web/login";
    }
}
