package no.symbiose.app.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /konto/passord}: a logged-in user with a password changes it. The current
 * password must be given (a wrong one counts as a failed login for {@link LoginThrottle},
 * and a locked username cannot change it), the new one typed twice and meet the
 * {@link PasswordPolicy}. A refused change (400) says why, field by field, and changes
 * nothing; the passwords typed are never sent back. A user who logs in only through
 * OpenID Connect has no password here and is told so.
 */
@Controller
class PasswordController {

	private final AppUsers users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final LoginThrottle throttle;

	private final MessageSource messages;

	PasswordController(AppUsers users, PasswordEncoder encoder, PasswordPolicy policy, LoginThrottle throttle,
			MessageSource messages) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.throttle = throttle;
		this.messages = messages;
	}

	@GetMapping("/konto/passord")
	String form(Viewer viewer, Model model) {
		Optional<AppUser> user = passwordUser(viewer);
		model.addAttribute("hasPassword", user.isPresent());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("errors", Map.of());
		return "security/password";
	}

	@PostMapping("/konto/passord")
	String change(Viewer viewer, @RequestParam(name = "current", defaultValue = "") String current,
			@RequestParam(name = "password", defaultValue = "") String password,
			@RequestParam(name = "repeat", defaultValue = "") String repeat, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Optional<AppUser> found = passwordUser(viewer);
		if (found.isEmpty()) {
			return form(viewer, model);
		}
		AppUser user = found.get();
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.throttle.locked(user.username())) {
			errors.put("current", message("password.change.locked", locale));
		}
		else if (current.isEmpty()) {
			errors.put("current", message("password.change.noCurrent", locale));
		}
		else if (!this.encoder.matches(current, user.passwordHash())) {
			this.throttle.failed(user.username());
			errors.put("current", message("password.change.wrongCurrent", locale));
		}
		List<String> problems = this.policy.problems(password, user.username(), user.displayName(), locale);
		if (!problems.isEmpty()) {
			errors.put("password", String.join(" ", problems));
		}
		else if (!password.isEmpty() && password.equals(current)) {
			errors.put("password", message("password.rule.sameAsCurrent", locale));
		}
		if (!password.equals(repeat)) {
			errors.put("repeat", message("password.change.mismatch", locale));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("hasPassword", true);
			model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
			model.addAttribute("errors", errors);
			return "security/password";
		}
		this.users.changePassword(user.id(), this.encoder.encode(password));
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/konto/passord";
	}

	private Optional<AppUser> passwordUser(Viewer viewer) {
		String username = viewer.username();
		return (username == null) ? Optional.empty()
				: this.users.byUsername(username).filter(user -> user.passwordHash() != null);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
