package no.symbiose.app.accounting;

import java.util.List;

import no.symbiose.app.accounting.AccountFactors.FactorSet;
import no.symbiose.engine.accounting.ClimateAccount;
import no.symbiose.engine.accounting.EnergyAccount;
import no.symbiose.engine.accounting.ResourceFlows;
import no.symbiose.engine.units.Tonnes;
import no.symbiose.engine.units.TonnesCo2e;
import org.jspecify.annotations.Nullable;

/**
 * A company's climate and energy account of one year, as one viewer may see it: made only
 * of rows that viewer may see, and saying where a figure is unknown because a row is
 * withheld.
 *
 * @param years the years whose facts the viewer may see, newest first
 * @param factsSource where the year's facts come from
 * @param receivedWithheld realised exchanges received that year that the viewer may not
 * see; any makes scope 3 category 4 unknown
 * @param deliveredWithheld realised heat deliveries the viewer may not see; any makes the
 * thermal recovery unknown
 * @param streamsWithheld streams of the year the viewer may not see
 * @param secondaryMaterials tonnes received through realised exchanges (ESRS E5-4
 * §31(c)); null when one is unknown or withheld
 */
public record CompanyAccount(long companyId, String companyKey, String companyName, int year, List<Integer> years,
		@Nullable String factsSource, String confidentiality, ClimateAccount climate, EnergyAccount energy,
		ResourceFlows flows, FactorSet factors, Baseline baseline, int receivedWithheld, int deliveredWithheld,
		int streamsWithheld, @Nullable Tonnes secondaryMaterials) {

	/** The year the change is measured against: the parks' goal 1 counts from 2023. */
	public static final int BASELINE_YEAR = 2023;

	public CompanyAccount {
		years = List.copyOf(years);
	}

	/** How the account compares with the 2023 baseline. */
	public enum BaselineStatus {

		/** The account is of 2023 itself. */
		THIS_YEAR,
		/** The account is of a year before 2023. */
		BEFORE,
		/** No 2023 facts the viewer may see. */
		NONE,
		/** 2023 facts exist, but scope 1 + 2 of one of the years is unknown. */
		UNKNOWN,
		/** Both years known: the change is given. */
		KNOWN

	}

	/**
	 * @param baseline scope 1 + scope 2 location-based of 2023
	 * @param current the same of the account's year
	 * @param change (current − baseline) / baseline
	 */
	public record Baseline(BaselineStatus status, @Nullable TonnesCo2e baseline, @Nullable TonnesCo2e current,
			@Nullable Double change) {
	}

}
