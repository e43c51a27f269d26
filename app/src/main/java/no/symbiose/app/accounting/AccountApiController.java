package no.symbiose.app.accounting;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.symbiose.app.accounting.AccountFactors.FactorUse;
import no.symbiose.app.accounting.AccountReport.ReportLine;
import no.symbiose.app.accounting.CompanyAccount.Baseline;
import no.symbiose.app.accounting.EsrsDatapoints.EsrsRow;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.ClimateAccount;
import no.symbiose.engine.accounting.EnergyAccount;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The accounts over HTTP. A company's account answers 404 unless the caller may see the
 * company's facts of the year, as the registry's facts do.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts", description = "Climate and energy accounts of companies, parks, counties and the nation")
class AccountApiController {

	private final CompanyAccounts accounts;

	private final AccountReport report;

	private final EsrsDatapoints esrs;

	private final AccountAggregates aggregates;

	private final AccountPageModel pages;

	AccountApiController(CompanyAccounts accounts, AccountReport report, EsrsDatapoints esrs,
			AccountAggregates aggregates, AccountPageModel pages) {
		this.accounts = accounts;
		this.report = report;
		this.esrs = esrs;
		this.aggregates = aggregates;
		this.pages = pages;
	}

	@GetMapping("/climate")
	@Operation(
			summary = "The climate account of the nation, a county (fylke) or a park for a year (ar; default the newest"
					+ " with data); every total passes the disclosure control")
	AccountAggregates.Aggregate climate(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Viewer viewer) {
		AccountScope scope = AccountScope.of(county, park);
		return this.aggregates.climate(this.pages.resolve(scope), year(year), viewer);
	}

	@GetMapping("/energy")
	@Operation(
			summary = "The energy account of the nation, a county (fylke) or a park for a year (ar; default the newest"
					+ " with data); every total passes the disclosure control")
	AccountAggregates.Aggregate energy(@RequestParam(name = "fylke", required = false) @Nullable String county,
			@RequestParam(name = "park", required = false) @Nullable String park,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Viewer viewer) {
		AccountScope scope = AccountScope.of(county, park);
		return this.aggregates.energy(this.pages.resolve(scope), year(year), viewer);
	}

	/** The pages' year rule: 1990–2100, else a 400; none given, the newest with data. */
	private int year(@Nullable Integer year) {
		return this.pages.prepare(new ExtendedModelMap(), AccountScope.nation(), year);
	}

	/**
	 * A company's account: the report's lines (value, unit, method, factor, source, year,
	 * note), the account's records as the engine made them, the factors picked and the
	 * ESRS datapoints.
	 */
	record CompanyAccountResponse(String companyKey, String companyName, int year, List<Integer> years,
			String confidentiality, Baseline baseline, List<ReportLine> climate, List<ReportLine> energy,
			List<FactorUse> factors, List<String> factorsMissing, List<EsrsRow> esrs, ClimateAccount climateAccount,
			EnergyAccount energyAccount) {
	}

	@GetMapping("/companies/{companyKey}")
	@Operation(
			summary = "A company's climate and energy account for a year (ar; default: the newest the caller may see)")
	CompanyAccountResponse company(@PathVariable String companyKey,
			@RequestParam(name = "ar", required = false) @Nullable Integer year, Viewer viewer) {
		CompanyAccount account = this.accounts.account(companyKey, year, viewer)
			.orElseThrow(() -> new NotFoundException("account", companyKey + (year == null ? "" : "/" + year)));
		Locale locale = LocaleContextHolder.getLocale();
		return new CompanyAccountResponse(account.companyKey(), account.companyName(), account.year(), account.years(),
				account.confidentiality(), account.baseline(), this.report.climate(account, locale),
				this.report.energy(account, locale), account.factors().uses(), account.factors().missing(),
				this.esrs.rows(account, locale), account.climate(), account.energy());
	}

}
