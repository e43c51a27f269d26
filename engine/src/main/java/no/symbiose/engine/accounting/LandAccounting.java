package no.symbiose.engine.accounting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.symbiose.engine.accounting.LandAccount.Basis;
import no.symbiose.engine.accounting.LandAccount.ParkEntry;
import no.symbiose.engine.accounting.LandAccount.SurveyEntry;
import no.symbiose.engine.accounting.LandAccount.SurveyStatus;
import no.symbiose.engine.registry.FreePlot;
import no.symbiose.engine.registry.LandSurvey;
import no.symbiose.engine.registry.ParkKey;

/**
 * The land and building account of goal 3 of source 002 (land use up to 90 % and building
 * use up to 98 % by 2030).
 * <p>
 * Parks report in two ways: with their own figures (the park register, for a stated
 * year), or only as part of a survey's total over a group of parks (002's "18 000 daa at
 * seven of the eight parks"). The rule that no park is counted twice:
 * <ol>
 * <li>Surveys of the year are taken in key order. One is counted when its whole group
 * lies in the scope (a group total cannot be split by county or park), not every park of
 * its group has own figures for the year (then those count instead), and it shares no
 * park with a survey counted before it.</li>
 * <li>A park in the group of a counted survey is counted through the survey only; its own
 * figures, if any, are shown but not added ({@link Basis#COUNTED_IN_SURVEY}). The survey
 * does not say which parks answered, so the park cannot be taken out of its total.</li>
 * <li>Every other park with own figures for the year is added
 * ({@link Basis#OWN_FIGURES}).</li>
 * </ol>
 * Then total = Σ own + Σ counted surveys. Free plots are listed per park and summed
 * apart; they are the map behind "free and zoned land", not a second count of it.
 */
public final class LandAccounting {

	/** Goal 3 of source 002: land use up to 90 % by 2030. */
	public static final double LAND_USE_TARGET = 0.90;

	/** Goal 3 of source 002: building use up to 98 % by 2030. */
	public static final double BUILDING_USE_TARGET = 0.98;

	public static final int TARGET_YEAR = 2030;

	private LandAccounting() {
	}

	/**
	 * @param parks the parks of the scope, with their own figures whatever their year
	 * @param surveys surveys of any year; those of other years are left out
	 * @param plots free plots of any park; those outside {@code parks} are left out
	 */
	public static LandAccount of(int year, LandScope scope, List<ParkLand> parks, List<LandSurvey> surveys,
			List<FreePlot> plots) {
		Set<ParkKey> withOwnFigures = new HashSet<>();
		for (ParkLand park : parks) {
			if (park.hasFiguresFor(year)) {
				withOwnFigures.add(park.park());
			}
		}
		Map<ParkKey, String> coveredBy = new HashMap<>();
		List<SurveyEntry> surveyEntries = new ArrayList<>();
		List<LandFigures> counted = new ArrayList<>();
		List<LandSurvey> ofYear = surveys.stream()
			.filter(s -> s.year() == year && scope.countIn(s.parks()) > 0)
			.sorted(Comparator.comparing(LandSurvey::key))
			.toList();
		for (LandSurvey survey : ofYear) {
			SurveyStatus status;
			String overlaps = null;
			if (!scope.covers(survey.parks())) {
				status = SurveyStatus.GROUP_OUTSIDE_SCOPE;
			}
			else if (withOwnFigures.containsAll(survey.parks())) {
				status = SurveyStatus.SUPERSEDED_BY_OWN_FIGURES;
			}
			else {
				overlaps = survey.parks().stream().map(coveredBy::get).filter(k -> k != null).findFirst().orElse(null);
				status = overlaps == null ? SurveyStatus.COUNTED : SurveyStatus.OVERLAPS_COUNTED_SURVEY;
			}
			LandFigures figures = LandFigures.of(survey);
			if (status == SurveyStatus.COUNTED) {
				survey.parks().forEach(p -> coveredBy.put(p, survey.key()));
				counted.add(figures);
			}
			surveyEntries.add(new SurveyEntry(survey, status, figures, (int) scope.countIn(survey.parks()), overlaps));
		}
		Map<ParkKey, List<FreePlot>> plotsByPark = new HashMap<>();
		for (FreePlot plot : plots) {
			plotsByPark.computeIfAbsent(plot.park(), k -> new ArrayList<>()).add(plot);
		}
		List<ParkEntry> entries = new ArrayList<>();
		List<LandFigures> own = new ArrayList<>();
		int parksWithPlots = 0;
		for (ParkLand park : parks.stream().sorted(Comparator.comparing(ParkLand::name)).toList()) {
			String survey = coveredBy.get(park.park());
			boolean hasOwn = withOwnFigures.contains(park.park());
			Basis basis = survey != null ? (hasOwn ? Basis.COUNTED_IN_SURVEY : Basis.SURVEY_ONLY)
					: hasOwn ? Basis.OWN_FIGURES : park.hasFigures() ? Basis.FIGURES_OF_ANOTHER_YEAR : Basis.NO_FIGURES;
			LandFigures figures = LandFigures.of(park);
			if (basis == Basis.OWN_FIGURES) {
				own.add(figures);
			}
			List<FreePlot> parkPlots = plotsByPark.getOrDefault(park.park(), List.of())
				.stream()
				.sorted(Comparator.comparing((FreePlot p) -> p.area()).reversed().thenComparing(FreePlot::label))
				.toList();
			if (!parkPlots.isEmpty()) {
				parksWithPlots++;
			}
			entries.add(new ParkEntry(park, basis, survey, figures, parkPlots));
		}
		LandFigures ownSum = LandFigures.sum(own);
		LandFigures surveyedSum = LandFigures.sum(counted);
		return new LandAccount(year, entries, surveyEntries, ownSum, surveyedSum,
				LandFigures.sum(List.of(ownSum, surveyedSum)), parksWithPlots);
	}

}
