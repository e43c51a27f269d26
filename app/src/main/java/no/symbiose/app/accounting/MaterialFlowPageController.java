package no.symbiose.app.accounting;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.security.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The material-flow analysis of the nation, a county ({@code ?fylke=40}) or a park
 * ({@code ?park=treklyngen}) in a year ({@code ?ar=2024}): balance with its closing item,
 * EWC chapters, treatment, internal exchanges, the reuse and recycling rate and a Sankey
 * diagram whose data comes from {@code /api/v1/accounts/material-flows}.
 */
@Controller
class MaterialFlowPageController {

	private final AccountPageModel pages;

	private final MaterialFlowAccounts accounts;

	private final MessageSource messages;

	MaterialFlowPageController(AccountPageModel pages, MaterialFlowAccounts accounts, MessageSource messages) {
		this.pages = pages;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/regnskap/materialer")
	String materials(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Model model, Viewer viewer) {
		AccountScope scope = AccountScope.of(county, park);
		int shown = this.pages.prepare(model, scope, year);
		Locale locale = LocaleContextHolder.getLocale();
		AccountPageModel.ScopeView view = (AccountPageModel.ScopeView) model.getAttribute("scopeView");
		model.addAttribute("report", this.accounts.report(scope, name(view, locale), shown, viewer, locale));
		return "accounting/materials";
	}

	private String name(AccountPageModel.ScopeView view, Locale locale) {
		if (view.parkName() != null) {
			return view.parkName();
		}
		if (view.countyName() != null) {
			return view.countyName();
		}
		return this.messages.getMessage("accounts.materials.nation", null, locale);
	}

}
