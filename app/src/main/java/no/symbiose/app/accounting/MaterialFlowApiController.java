package no.symbiose.app.accounting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.FlowAmount;
import no.symbiose.engine.accounting.MaterialFlowAccount;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The material-flow analysis as JSON, disclosed for the caller exactly as the page is:
 * the balance, the rate and the Sankey bands, with the hidden bands listed apart.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts", description = "Climate, energy, land and material-flow accounts under disclosure control")
class MaterialFlowApiController {

	/**
	 * A figure: the value in its unit, or why it is hidden; both null when there is none.
	 */
	record Amount(@Nullable Double value, String unit, @Nullable String hidden) {

		static Amount of(FlowAmount amount) {
			return new Amount(amount.value(), amount.unit().symbol(), amount.suppression());
		}

	}

	record Scope(String level, @Nullable String key, String name) {
	}

	record Rate(@Nullable Double rate, Amount recoveredOrExchanged, Amount withKnownFate, Amount unknownFate,
			@Nullable String hidden, @Nullable Integer baselineYear, @Nullable Double baselineRate,
			@Nullable Double changePoints, @Nullable Double relativeChange, double targetRate, double targetIncrease) {
	}

	record Band(String source, String target, @Nullable Double tonnes, @Nullable String hidden) {
	}

	record Sankey(List<Band> links, List<Band> leftOut) {
	}

	record MaterialFlows(Scope scope, int year, boolean hasTonnes, Map<String, Amount> balance, Rate recyclingRate,
			Map<String, Integer> withoutQuantity, Sankey sankey) {
	}

	private final AccountPageModel pages;

	private final AccountPlacements placements;

	private final MaterialFlowAccounts accounts;

	private final MessageSource messages;

	MaterialFlowApiController(AccountPageModel pages, AccountPlacements placements, MaterialFlowAccounts accounts,
			MessageSource messages) {
		this.pages = pages;
		this.placements = placements;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/material-flows")
	@Operation(summary = "Material-flow analysis of the nation, a county (fylke=40) or a park (park=heroya) in a year "
			+ "(ar, default the newest with data): balance with closing item in t/yr, reuse and recycling rate "
			+ "and its change against 2024, Sankey bands; hidden figures say why")
	MaterialFlows materialFlows(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Viewer viewer) {
		AccountScope scope = AccountScope.of(county, park);
		AccountPageModel.ScopeView view = this.pages.resolve(scope);
		int shown = year(year);
		Locale locale = LocaleContextHolder.getLocale();
		String name = view.parkName() != null ? view.parkName() : view.countyName() != null ? view.countyName()
				: this.messages.getMessage("accounts.materials.nation", null, locale);
		MaterialFlowAccount account = this.accounts.report(scope, name, shown, viewer, locale).account();
		return json(new Scope(scope.level().key(), scope.key(), name), account);
	}

	private int year(@Nullable Integer year) {
		if (year == null) {
			List<Integer> years = this.placements.yearsWithData();
			return years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
		}
		if (year < 1990 || year > 2100) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("ar", year, "accounts.scope.year", String.valueOf(year))));
		}
		return year;
	}

	static MaterialFlows json(Scope scope, MaterialFlowAccount account) {
		MaterialFlowAccount.Balance b = account.balance();
		Map<String, Amount> balance = new LinkedHashMap<>();
		balance.put("inputs", Amount.of(b.inputs()));
		balance.put("internalIntoInputs", Amount.of(b.internalIntoInputs()));
		balance.put("externalInputs", Amount.of(b.externalInputs()));
		balance.put("products", Amount.of(b.products()));
		balance.put("sideStreams", Amount.of(b.sideStreams()));
		balance.put("waste", Amount.of(b.waste()));
		balance.put("internalExchanges", Amount.of(b.internalExchanges()));
		balance.put("externalSideStreamsAndWaste", Amount.of(b.externalSideStreamsAndWaste()));
		balance.put("closingItem", Amount.of(b.closingItem()));
		MaterialFlowAccount.RecyclingRate r = account.rate();
		Rate rate = new Rate(r.rate(), Amount.of(r.recoveredOrExchanged()), Amount.of(r.withKnownFate()),
				Amount.of(r.unknownFate()), r.suppression(), r.baselineYear(), r.baselineRate(), r.changePoints(),
				r.relativeChange(), no.symbiose.engine.accounting.MaterialFlowAccounting.TARGET_RATE,
				no.symbiose.engine.accounting.MaterialFlowAccounting.TARGET_INCREASE);
		Map<String, Integer> withoutQuantity = new LinkedHashMap<>();
		account.withoutQuantity().forEach((direction, count) -> withoutQuantity.put(direction.key(), count));
		List<Band> links = new ArrayList<>();
		List<Band> leftOut = new ArrayList<>();
		for (MaterialFlowAccount.SankeyLink link : account.sankey()) {
			Band band = new Band(link.source().key(), link.target().key(), link.amount().value(),
					link.amount().suppression());
			(link.amount().isShown() ? links : leftOut).add(band);
		}
		return new MaterialFlows(scope, account.year(), account.hasTonnes(), balance, rate, withoutQuantity,
				new Sankey(links, leftOut));
	}

}
