package no.symbiose.app.accounting;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The accounts' front page: what each account covers, for the chosen scope and year. */
@Controller
class AccountsPageController {

	private final AccountPageModel pages;

	AccountsPageController(AccountPageModel pages) {
		this.pages = pages;
	}

	@GetMapping("/regnskap")
	String accounts(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Model model) {
		this.pages.prepare(model, AccountScope.of(county, park), year);
		return "accounting/index";
	}

}
