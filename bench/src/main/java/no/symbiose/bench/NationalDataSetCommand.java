package no.symbiose.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.registry.Stream;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.YearlyFacts;
import no.symbiose.engine.units.MegawattHours;

/**
 * Generates the synthetic national data set and, with {@code --out}, writes it as import
 * CSV files (for a load test of the app: import parks, companies, yearly_facts, streams
 * in that order, as a national administrator). Prints the counts, the time taken and a
 * few totals to judge the magnitudes by. Run from the repository root:
 *
 * <pre>
 * java -cp "bench/target/classes:engine/target/classes:$(cat bench/target/classpath.txt)" \
 *   no.symbiose.bench.NationalDataSetCommand [--seed 20261123] [--parks 300] [--companies 20000] \
 *   [--years 10] [--streams 500000] [--out target/national]
 * </pre>
 */
public final class NationalDataSetCommand {

	private NationalDataSetCommand() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		long seed = Long.parseLong(options.getOrDefault("seed", "20261123"));
		int parks = Integer.parseInt(options.getOrDefault("parks", "300"));
		int companies = Integer.parseInt(options.getOrDefault("companies", "20000"));
		int years = Integer.parseInt(options.getOrDefault("years", "10"));
		int streams = Integer.parseInt(options.getOrDefault("streams", "500000"));
		long start = System.nanoTime();
		NationalDataSet set = NationalDataSet.generate(seed, parks, companies, years, streams);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%s generated in %.2f s (SYNTHETIC data, not real figures)%n", set, seconds);
		summarise(set);
		if (options.containsKey("out")) {
			start = System.nanoTime();
			for (Path file : NationalCsv.write(set, Path.of(options.get("out")))) {
				System.out.println("wrote " + file);
			}
			System.out.printf("written in %.2f s%n", (System.nanoTime() - start) / 1e9);
		}
	}

	private static void summarise(NationalDataSet set) {
		double electricity = 0;
		double energy = 0;
		double emissions = 0;
		for (YearlyFacts facts : set.facts()) {
			if (facts.year() != set.lastYear()) {
				continue;
			}
			MegawattHours power = facts.energyUse().get(EnergyCarrier.ELECTRICITY);
			electricity += power == null ? 0 : power.value();
			energy += facts.totalEnergyUse().value();
			emissions += facts.directEmissions() == null ? 0 : facts.directEmissions().value();
		}
		Map<StreamDirection, Integer> directions = new HashMap<>();
		for (Stream stream : set.streams()) {
			directions.merge(stream.direction(), 1, Integer::sum);
		}
		System.out.printf(
				"%d: electricity %.1f TWh, all energy %.1f TWh, reported direct emissions %.2f Mt CO2; streams by direction %s%n",
				set.lastYear(), electricity / 1e6, energy / 1e6, emissions / 1e6, directions);
	}

}
