package no.symbiose.engine.accounting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.Kilowatts;
import no.symbiose.engine.units.MegawattHours;

/**
 * Utilisation hours ("brukstid") of one transformer shared by the companies whose yearly
 * facts name it: the sum of their electricity use (MWh) × 1 000 / the sum of their peak
 * power (kW).
 *
 * <p>
 * The companies' peaks rarely fall in the same hour, so the sum of their peaks is at
 * least the transformer's real peak, and the hours worked out here are a lower bound of
 * the transformer's utilisation hours. A company on the transformer whose electricity or
 * peak is unknown makes the figure unknown, because the transformer carries its load too.
 *
 * @param companies companies whose facts name the transformer
 * @param companiesWithoutFigures of those, the ones with electricity or peak unknown
 * @param electricity the sum of electricity use, when every company's is known
 * @param sumOfPeaks the sum of the peaks, when every company's is known
 * @param utilisationHoursLowerBound electricity × 1 000 / sum of peaks
 */
public record TransformerLoad(String transformerId, int companies, int companiesWithoutFigures,
		@Nullable MegawattHours electricity, @Nullable Kilowatts sumOfPeaks,
		@Nullable Double utilisationHoursLowerBound) {

	/**
	 * One load per transformer named in the facts (one park's, one year), by transformer
	 * id. Facts without a transformer id are left out.
	 */
	public static List<TransformerLoad> of(Collection<YearlyFacts> facts) {
		Map<String, List<YearlyFacts>> byTransformer = new TreeMap<>();
		for (YearlyFacts row : facts) {
			if (row.transformerId() != null && !row.transformerId().isBlank()) {
				byTransformer.computeIfAbsent(row.transformerId().strip(), id -> new ArrayList<>()).add(row);
			}
		}
		List<TransformerLoad> loads = new ArrayList<>();
		byTransformer.forEach((id, rows) -> loads.add(load(id, rows)));
		return loads;
	}

	private static TransformerLoad load(String id, List<YearlyFacts> rows) {
		double energy = 0;
		double peaks = 0;
		int without = 0;
		for (YearlyFacts row : rows) {
			MegawattHours electricity = row.energyUse().get(EnergyCarrier.ELECTRICITY);
			if (electricity == null || row.peakPower() == null) {
				without++;
				continue;
			}
			energy += electricity.value();
			peaks += row.peakPower().value();
		}
		if (without > 0) {
			return new TransformerLoad(id, rows.size(), without, null, null, null);
		}
		return new TransformerLoad(id, rows.size(), 0, MegawattHours.of(energy), Kilowatts.of(peaks),
				peaks == 0 ? null : energy * 1000 / peaks);
	}

}
