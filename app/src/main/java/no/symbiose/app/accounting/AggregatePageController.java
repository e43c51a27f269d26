package no.symbiose.app.accounting;

import no.symbiose.app.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The climate and energy accounts of the nation, a county ({@code fylke}) or a park
 * ({@code park}) for a year ({@code ar}), every figure through the disclosure control.
 */
@Controller
class AggregatePageController {

	private final AccountPageModel pages;

	private final AccountAggregates aggregates;

	AggregatePageController(AccountPageModel pages, AccountAggregates aggregates) {
		this.pages = pages;
		this.aggregates = aggregates;
	}

	@GetMapping("/regnskap/klima")
	String climate(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Viewer viewer, Model model) {
		AccountScope scope = AccountScope.of(county, park);
		int shown = this.pages.prepare(model, scope, year);
		model.addAttribute("aggregate", this.aggregates.climate(this.pages.resolve(scope), shown, viewer));
		return "accounting/climate";
	}

	@GetMapping("/regnskap/energi")
	String energy(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Viewer viewer, Model model) {
		AccountScope scope = AccountScope.of(county, park);
		int shown = this.pages.prepare(model, scope, year);
		model.addAttribute("aggregate", this.aggregates.energy(this.pages.resolve(scope), shown, viewer));
		return "accounting/energy";
	}

}
