package no.symbiose.engine.accounting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.FreePlot;
import no.symbiose.engine.registry.LandSurvey;
import no.symbiose.engine.units.Decares;

/**
 * The land and building account of a scope (nation, county or park) for one year: each
 * park with its figures and free plots, the surveys that report for groups of parks, and
 * the sums. {@link #total()} = {@link #own()} + {@link #surveyed()}, and no park is in
 * both (see {@link LandAccounting}).
 *
 * @param own the sum over parks whose own figures count ({@link Basis#OWN_FIGURES})
 * @param surveyed the sum over the surveys that count ({@link SurveyStatus#COUNTED})
 * @param total own + surveyed
 * @param parksWithPlots parks of the scope with at least one free plot mapped (goal 3's
 * indicator "ledig areal kartlagt per park")
 */
public record LandAccount(int year, List<ParkEntry> parks, List<SurveyEntry> surveys, LandFigures own,
		LandFigures surveyed, LandFigures total, int parksWithPlots) {

	public LandAccount {
		parks = List.copyOf(parks);
		surveys = List.copyOf(surveys);
	}

	/** Why a park's figures are, or are not, in the year's sums. */
	public enum Basis {

		/** Its own figures describe the year and are added. */
		OWN_FIGURES,
		/**
		 * It has own figures for the year, but a counted survey already covers its group;
		 * adding them again would count the park twice.
		 */
		COUNTED_IN_SURVEY,
		/** It has no own figures for the year; a counted survey reports for its group. */
		SURVEY_ONLY,
		/** Its own figures describe another year, or no year is stated. */
		FIGURES_OF_ANOTHER_YEAR,
		/** Nothing is known. */
		NO_FIGURES;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		public boolean counted() {
			return this == OWN_FIGURES;
		}

	}

	/** Whether a survey of the year is added to the sums. */
	public enum SurveyStatus {

		COUNTED,
		/**
		 * Some parks of its group lie outside the scope (a county, a park): the total
		 * cannot be split, so it is shown beside the sums, not in them.
		 */
		GROUP_OUTSIDE_SCOPE,
		/** Every park of its group has own figures for the year; those count instead. */
		SUPERSEDED_BY_OWN_FIGURES,
		/** Its group shares a park with a survey counted before it (by key). */
		OVERLAPS_COUNTED_SURVEY;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * @param figures the park's own figures whatever their year ({@link LandFigures#NONE}
	 * when it has none); whether they count is {@link #basis()}
	 * @param survey the key of the counted survey covering the park, if any
	 * @param plots its free plots, largest first
	 */
	public record ParkEntry(ParkLand park, Basis basis, @Nullable String survey, LandFigures figures,
			List<FreePlot> plots) {

		public ParkEntry {
			plots = List.copyOf(plots);
		}

		public Decares plotsArea() {
			return plots.stream().map(FreePlot::area).reduce(Decares.ZERO, Decares::plus);
		}

		/** Plots with a zoning plan in force ("ferdig regulert"). */
		public Decares zonedPlotsArea() {
			return plots.stream()
				.filter(p -> p.zoning() == no.symbiose.engine.registry.ZoningStatus.ZONED)
				.map(FreePlot::area)
				.reduce(Decares.ZERO, Decares::plus);
		}

	}

	/**
	 * @param groupInScope how many parks of the survey's group lie in the scope
	 * @param overlapsWith the counted survey it overlaps, for
	 * {@link SurveyStatus#OVERLAPS_COUNTED_SURVEY}
	 */
	public record SurveyEntry(LandSurvey survey, SurveyStatus status, LandFigures figures, int groupInScope,
			@Nullable String overlapsWith) {

		public boolean counted() {
			return this.status == SurveyStatus.COUNTED;
		}

	}

	/** Land use target − present share (0.106 = 10.6 points to go); null when unknown. */
	public @Nullable Double landUseGap() {
		return this.total.landUse() == null ? null : LandAccounting.LAND_USE_TARGET - this.total.landUse().value();
	}

	/** Building use target − present share; null when unknown. */
	public @Nullable Double buildingUseGap() {
		return this.total.buildingUse() == null ? null
				: LandAccounting.BUILDING_USE_TARGET - this.total.buildingUse().value();
	}

}
