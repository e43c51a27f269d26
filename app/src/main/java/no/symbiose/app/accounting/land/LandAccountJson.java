package no.symbiose.app.accounting.land;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.accounting.land.LandRegister.PlotRow;
import no.symbiose.engine.accounting.LandAccount;
import no.symbiose.engine.accounting.LandAccount.ParkEntry;
import no.symbiose.engine.accounting.LandAccount.SurveyEntry;
import no.symbiose.engine.accounting.LandAccounting;
import no.symbiose.engine.accounting.LandFigures;
import no.symbiose.engine.accounting.LandFigures.Amount;
import no.symbiose.engine.accounting.LandFigures.Share;
import no.symbiose.engine.registry.ParkKey;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.SquareMetres;

/**
 * The land account as {@code GET /api/v1/accounts/land} answers it. Units are in the
 * names; shares are percentages; {@code ...Derived} says a figure was worked out from
 * others (see docs/accounts.md, "Areal og bygg"); null is unknown.
 */
record LandAccountJson(int year, String scope, @Nullable String scopeKey, Figures total, Figures ownFigures,
		Figures surveyed, Targets targets, List<Survey> surveys, List<Park> parks, int parksInScope,
		int parksWithPlotsMapped) {

	record Figures(int parks, @Nullable Double landTotalDaa, boolean landTotalDerived, @Nullable Double landUsedDaa,
			boolean landUsedDerived, @Nullable Double landFreeZonedDaa, @Nullable Double landUsePercent,
			@Nullable Double landUsePercentReported, @Nullable Double buildingTotalM2, boolean buildingTotalDerived,
			@Nullable Double buildingUsedM2, boolean buildingUsedDerived, @Nullable Double buildingFreeM2,
			boolean buildingFreeDerived, @Nullable Double buildingUsePercent,
			@Nullable Double buildingUsePercentReported) {

		static Figures of(LandFigures f) {
			return new Figures(f.parks(), daa(f.landTotal()), derived(f.landTotal()), daa(f.landUsed()),
					derived(f.landUsed()), daa(f.landFreeZoned()), percent(f.landUse()), reported(f.landUse()),
					m2(f.buildingTotal()), derived(f.buildingTotal()), m2(f.buildingUsed()), derived(f.buildingUsed()),
					m2(f.buildingFree()), derived(f.buildingFree()), percent(f.buildingUse()),
					reported(f.buildingUse()));
		}

	}

	record Targets(int year, double landUsePercent, double buildingUsePercent, String source) {
	}

	record Survey(String key, int year, List<String> parks, int parksAnswered, int groupSize, int groupInScope,
			String status, @Nullable String overlapsWith, Figures figures, String source, @Nullable String quote) {
	}

	record Park(String key, String name, @Nullable String countyNumber, @Nullable Integer figuresYear, String basis,
			@Nullable String survey, Figures figures, @Nullable String source, List<Plot> plots, double plotsAreaDaa) {
	}

	record Plot(long id, String park, String label, double areaDaa, String zoningStatus,
			@Nullable LocalDate availableFrom, @Nullable String source) {

		static Plot of(PlotRow row) {
			return new Plot(row.id(), row.plot().park().value(), row.plot().label(), row.plot().area().value(),
					row.plot().zoning().key(), row.plot().availableFrom(), row.plot().source());
		}

	}

	static final String TARGET_SOURCE = "Siva og industriparkene 2024 (shared/seeds/002), mål 3 for 2030";

	static LandAccountJson of(LandAccountView view) {
		LandAccount account = view.account();
		List<Survey> surveys = account.surveys().stream().map(LandAccountJson::survey).toList();
		List<Park> parks = account.parks().stream().map(entry -> park(entry, view)).toList();
		return new LandAccountJson(account.year(), view.scope().level().key(), view.scope().key(),
				Figures.of(account.total()), Figures.of(account.own()), Figures.of(account.surveyed()),
				new Targets(LandAccounting.TARGET_YEAR, LandAccounting.LAND_USE_TARGET * 100,
						LandAccounting.BUILDING_USE_TARGET * 100, TARGET_SOURCE),
				surveys, parks, account.parks().size(), account.parksWithPlots());
	}

	private static Survey survey(SurveyEntry entry) {
		var s = entry.survey();
		return new Survey(s.key(), s.year(), s.parks().stream().map(ParkKey::value).toList(), s.parksAnswered(),
				s.groupSize(), entry.groupInScope(), entry.status().key(), entry.overlapsWith(),
				Figures.of(entry.figures()), s.source(), s.quote());
	}

	private static Park park(ParkEntry entry, LandAccountView view) {
		var park = entry.park();
		String key = park.park().value();
		List<Plot> plots = view.plots()
			.stream()
			.filter(p -> p.plot().park().equals(park.park()))
			.map(Plot::of)
			.toList();
		return new Park(key, park.name(), park.county() == null ? null : park.county().value(), park.figuresYear(),
				entry.basis().key(), entry.survey(), Figures.of(entry.figures()), park.source(), plots,
				entry.plotsArea().value());
	}

	private static @Nullable Double daa(@Nullable Amount<Decares> amount) {
		return amount == null ? null : amount.value().value();
	}

	private static @Nullable Double m2(@Nullable Amount<SquareMetres> amount) {
		return amount == null ? null : amount.value().value();
	}

	private static boolean derived(@Nullable Amount<?> amount) {
		return amount != null && amount.derived();
	}

	private static @Nullable Double percent(@Nullable Share share) {
		return share == null ? null : share.value() * 100;
	}

	private static @Nullable Double reported(@Nullable Share share) {
		return share == null || share.reported() == null ? null : share.reported() * 100;
	}

}
