package no.symbiose.engine.accounting;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.LandSurvey;
import no.symbiose.engine.units.Decares;
import no.symbiose.engine.units.SquareMetres;

/**
 * Land and building figures of one park, one survey, or a sum of them. Every figure says
 * how many parks it covers and whether it was derived (worked out from other figures)
 * rather than reported; an unknown figure is null, never zero.
 * <p>
 * Rules, the same for a park and a survey, so that sums add like with like (source 002's
 * definitions):
 * <ul>
 * <li>land in use: as reported; else total − free and zoned (derived), which is how 002
 * gets its 79 % ("andel av totalt areal", infrastructure included);</li>
 * <li>free building area: total − used (derived) for a park; as reported for a
 * survey;</li>
 * <li>a survey's total building area: free / (1 − reported use share) (derived), its area
 * in use: total − free (derived);</li>
 * <li>a share = Σ used / Σ total over the parks that have both.</li>
 * </ul>
 *
 * @param parks how many parks the figures cover (a survey: the parks that answered)
 */
public record LandFigures(int parks, @Nullable Amount<Decares> landTotal, @Nullable Amount<Decares> landUsed,
		@Nullable Amount<Decares> landFreeZoned, @Nullable Share landUse, @Nullable Amount<SquareMetres> buildingTotal,
		@Nullable Amount<SquareMetres> buildingUsed, @Nullable Amount<SquareMetres> buildingFree,
		@Nullable Share buildingUse) {

	public static final LandFigures NONE = new LandFigures(0, null, null, null, null, null, null, null, null);

	/**
	 * An area and how it was found.
	 *
	 * @param parks how many parks it covers
	 * @param derived true when worked out from other figures (wholly or in part)
	 */
	public record Amount<Q>(Q value, int parks, boolean derived) {
	}

	/**
	 * used / total as a fraction (0.794 = 79.4 %).
	 *
	 * @param reported the share as the source writes it (rounded), when there is one
	 * source; otherwise null
	 * @param parks how many parks have both figures
	 * @param derived true when used or total was derived
	 */
	public record Share(double value, @Nullable Double reported, int parks, boolean derived) {

		/** The figure to compare with a target: the reported one where it exists. */
		public double shown() {
			return this.reported != null ? this.reported : this.value;
		}

	}

	/** A park's own figures. */
	public static LandFigures of(ParkLand park) {
		if (!park.hasFigures()) {
			return NONE;
		}
		Decares total = park.land().total();
		Decares free = park.land().freeZoned();
		Amount<Decares> used = park.land().used() != null ? new Amount<>(park.land().used(), 1, false)
				: total != null && free != null ? new Amount<>(total.minus(free), 1, true) : null;
		SquareMetres buildingTotal = park.buildings().total();
		SquareMetres buildingUsed = park.buildings().used();
		Amount<SquareMetres> buildingFree = buildingTotal != null && buildingUsed != null
				? new Amount<>(buildingTotal.minus(buildingUsed), 1, true) : null;
		return new LandFigures(1, reported(total, 1), used, reported(free, 1),
				share(used, reported(total, 1), null, Decares::value), reported(buildingTotal, 1),
				reported(buildingUsed, 1), buildingFree,
				share(reported(buildingUsed, 1), reported(buildingTotal, 1), null, SquareMetres::value));
	}

	/** A survey's figures, over the parks that answered. */
	public static LandFigures of(LandSurvey survey) {
		int parks = survey.parksAnswered();
		Amount<Decares> total = reported(survey.landTotal(), parks);
		Amount<Decares> used = derived(survey.landUsedDerived(), parks);
		Amount<SquareMetres> buildingTotal = derived(survey.buildingTotalDerived(), parks);
		Amount<SquareMetres> buildingUsed = derived(survey.buildingUsedDerived(), parks);
		return new LandFigures(parks, total, used, reported(survey.landFreeZoned(), parks),
				share(used, total, survey.landUseShareReported(), Decares::value), buildingTotal, buildingUsed,
				reported(survey.buildingFree(), parks),
				share(buildingUsed, buildingTotal, survey.buildingUseShareReported(), SquareMetres::value));
	}

	/** The sum of parks' and surveys' figures, each figure over those that have it. */
	public static LandFigures sum(List<LandFigures> parts) {
		int parks = 0;
		for (LandFigures part : parts) {
			parks += part.parks;
		}
		Amount<Decares> landTotal = sum(parts, LandFigures::landTotal, Decares::value, Decares::of);
		Amount<Decares> landUsed = sum(parts, LandFigures::landUsed, Decares::value, Decares::of);
		Amount<SquareMetres> buildingTotal = sum(parts, LandFigures::buildingTotal, SquareMetres::value,
				SquareMetres::of);
		Amount<SquareMetres> buildingUsed = sum(parts, LandFigures::buildingUsed, SquareMetres::value,
				SquareMetres::of);
		return new LandFigures(parks, landTotal, landUsed,
				sum(parts, LandFigures::landFreeZoned, Decares::value, Decares::of),
				sumShare(parts, LandFigures::landUsed, LandFigures::landTotal, LandFigures::landUse, Decares::value),
				buildingTotal, buildingUsed,
				sum(parts, LandFigures::buildingFree, SquareMetres::value, SquareMetres::of),
				sumShare(parts, LandFigures::buildingUsed, LandFigures::buildingTotal, LandFigures::buildingUse,
						SquareMetres::value));
	}

	private static <Q> @Nullable Amount<Q> reported(@Nullable Q value, int parks) {
		return value == null ? null : new Amount<>(value, parks, false);
	}

	private static <Q> @Nullable Amount<Q> derived(@Nullable Q value, int parks) {
		return value == null ? null : new Amount<>(value, parks, true);
	}

	private static <Q> @Nullable Share share(@Nullable Amount<Q> used, @Nullable Amount<Q> total,
			@Nullable Double reported, Function<Q, Double> value) {
		if (used == null || total == null || value.apply(total.value()) == 0) {
			return null;
		}
		return new Share(value.apply(used.value()) / value.apply(total.value()), reported, total.parks(),
				used.derived() || total.derived());
	}

	private static <Q> @Nullable Amount<Q> sum(List<LandFigures> parts,
			Function<LandFigures, @Nullable Amount<Q>> field, Function<Q, Double> value, Function<Double, Q> make) {
		double total = 0;
		int parks = 0;
		boolean derived = false;
		boolean any = false;
		for (LandFigures part : parts) {
			Amount<Q> amount = field.apply(part);
			if (amount != null) {
				any = true;
				total += value.apply(amount.value());
				parks += amount.parks();
				derived |= amount.derived();
			}
		}
		return any ? new Amount<>(make.apply(total), parks, derived) : null;
	}

	/**
	 * Σ used / Σ total over the parts that have both; the reported share is kept when
	 * exactly one part has a share.
	 */
	private static <Q> @Nullable Share sumShare(List<LandFigures> parts,
			Function<LandFigures, @Nullable Amount<Q>> usedOf, Function<LandFigures, @Nullable Amount<Q>> totalOf,
			Function<LandFigures, @Nullable Share> shareOf, Function<Q, Double> value) {
		double used = 0;
		double total = 0;
		int parks = 0;
		int sharing = 0;
		boolean derived = false;
		Double reported = null;
		for (LandFigures part : parts) {
			Amount<Q> u = usedOf.apply(part);
			Amount<Q> t = totalOf.apply(part);
			if (u == null || t == null) {
				continue;
			}
			used += value.apply(u.value());
			total += value.apply(t.value());
			parks += t.parks();
			derived |= u.derived() || t.derived();
			Share share = shareOf.apply(part);
			if (share != null) {
				sharing++;
				reported = share.reported();
			}
		}
		if (total == 0) {
			return null;
		}
		return new Share(used / total, sharing == 1 ? reported : null, parks, derived);
	}

}
