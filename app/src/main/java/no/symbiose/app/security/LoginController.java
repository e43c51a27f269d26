package no.symbiose.app.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page: username and password, plus one button per configured OpenID Connect
 * provider.
 */
@Controller
class LoginController {

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.oidcClients = oidcClients;
	}

	@GetMapping("/login")
	String login(Model model) {
		java.util.List<OidcProvider> providers = new java.util.ArrayList<>();
		if (this.oidcClients.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
			for (ClientRegistration registration : registrations) {
				providers.add(new OidcProvider(registration.getClientName(),
						"/oauth2/authorization/" + registration.getRegistrationId()));
			}
		}
		model.addAttribute("oidcProviders", providers);
		return "security/login";
	}

	record OidcProvider(String name, String url) {
	}

}
