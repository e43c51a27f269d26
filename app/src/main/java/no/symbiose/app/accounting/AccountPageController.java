package no.symbiose.app.accounting;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A company's climate and energy account page, reached from the company page. Only a
 * viewer who may see the company's facts of the year gets it; anyone else gets the same
 * 404 as for an unknown company. A year that is not a number is said on the page, which
 * then shows the newest year.
 */
@Controller
class AccountPageController {

	private final CompanyAccounts accounts;

	private final AccountReport report;

	AccountPageController(CompanyAccounts accounts, AccountReport report) {
		this.accounts = accounts;
		this.report = report;
	}

	@GetMapping("/regnskap/bedrift/{companyKey}")
	String company(@PathVariable String companyKey, @RequestParam(name = "ar", required = false) @Nullable String ar,
			Viewer viewer, Model model, HttpServletResponse response) {
		Integer year = null;
		if (ar != null && !ar.isBlank()) {
			year = Years.parse(ar);
			if (year == null) {
				model.addAttribute("yearError", ar);
			}
		}
		Optional<CompanyAccount> found = this.accounts.account(companyKey, year, viewer);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "error/404";
		}
		CompanyAccount account = found.get();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("account", account);
		model.addAttribute("climate", this.report.climate(account, locale));
		model.addAttribute("energy", this.report.energy(account, locale));
		return "accounting/company";
	}

}
