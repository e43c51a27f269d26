package no.symbiose.engine.symbiosis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.NaceCode;
import no.symbiose.engine.units.Celsius;

/**
 * One rule of the knowledge base: what kind of output can feed what kind of input or
 * receiving activity, what it replaces, what it needs first, how far it may travel by
 * each mode and where that knowledge comes from.
 *
 * @param avoidedFactor key of the factor giving kg CO2e avoided per unit of the exchanged
 * stream when it replaces virgin material or energy
 * @param disposalFactor key of the factor giving kg CO2e of disposal avoided per unit, if
 * any
 * @param valueFactor key of the factor giving NOK per unit of the replaced material, if
 * any
 * @param demandTemperature heat rules: the supply temperature the receiving activity
 * typically needs, used when the demand states none
 * @param maxDistanceKm longest sensible great-circle distance by mode; a missing mode is
 * not sensible for this stream
 */
public record SymbiosisRule(String id, RuleKind kind, String nameNb, String nameEn, StreamSelector supply,
		StreamSelector demand, List<String> receivingNacePrefixes, String receivingNb, String receivingEn,
		String replacesNb, String replacesEn, @Nullable String avoidedFactor, @Nullable String disposalFactor,
		@Nullable String valueFactor, String pretreatmentNb, String pretreatmentEn, @Nullable Celsius demandTemperature,
		Map<TransportMode, Double> maxDistanceKm, String source, Origin origin) {

	/** Where a rule comes from: the versioned file in the engine, or an administrator. */
	public enum Origin {

		BUILT_IN, ADMINISTRATOR

	}

	public SymbiosisRule {
		if (!id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
			throw new IllegalArgumentException("Rule id \"%s\" is not 1–80 characters a–z, 0–9 and -".formatted(id));
		}
		if (nameNb.isBlank() || nameEn.isBlank()) {
			throw new IllegalArgumentException("Rule %s needs a name in bokmål and in English".formatted(id));
		}
		if (source.isBlank()) {
			throw new IllegalArgumentException("Rule %s names no source".formatted(id));
		}
		if (kind == RuleKind.MATERIAL && supply.isEmpty()) {
			throw new IllegalArgumentException(
					"Material rule %s accepts no supply: give classes or EWC codes".formatted(id));
		}
		if (kind == RuleKind.MATERIAL && demand.isEmpty() && receivingNacePrefixes.isEmpty()) {
			throw new IllegalArgumentException(
					"Material rule %s has no demand: give input classes, EWC codes or receiving NACE codes"
						.formatted(id));
		}
		if (kind == RuleKind.HEAT && (!supply.isEmpty() || !demand.isEmpty())) {
			throw new IllegalArgumentException("Heat rule %s matches heat, not material classes".formatted(id));
		}
		for (String prefix : receivingNacePrefixes) {
			if (!prefix.matches("\\d{2}(\\.\\d{1,3})?")) {
				throw new IllegalArgumentException(
						"Receiving NACE prefix \"%s\" of rule %s is not like 23, 23.5 or 23.51".formatted(prefix, id));
			}
		}
		receivingNacePrefixes = List.copyOf(receivingNacePrefixes);
		EnumMap<TransportMode, Double> distances = new EnumMap<>(TransportMode.class);
		for (Map.Entry<TransportMode, Double> entry : maxDistanceKm.entrySet()) {
			if (!(entry.getValue() > 0) || !Double.isFinite(entry.getValue())) {
				throw new IllegalArgumentException("Rule %s: the longest %s distance must be above 0 km, got %s"
					.formatted(id, entry.getKey().key(), entry.getValue()));
			}
			distances.put(entry.getKey(), entry.getValue());
		}
		if (distances.isEmpty()) {
			throw new IllegalArgumentException("Rule %s allows no transport mode".formatted(id));
		}
		if (kind == RuleKind.HEAT && (distances.size() != 1 || !distances.containsKey(TransportMode.PIPE))) {
			throw new IllegalArgumentException("Heat rule %s must travel by pipe only".formatted(id));
		}
		maxDistanceKm = java.util.Collections.unmodifiableMap(distances);
	}

	/** The longest great-circle distance any mode of this rule allows. */
	public double reachKm() {
		return this.maxDistanceKm.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
	}

	public Optional<Double> maxDistanceKm(TransportMode mode) {
		return Optional.ofNullable(this.maxDistanceKm.get(mode));
	}

	public boolean receives(@Nullable NaceCode nace) {
		if (nace == null) {
			return false;
		}
		for (String prefix : this.receivingNacePrefixes) {
			if (nace.code().startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** The rule's name in the language asked for: bokmål unless English is asked for. */
	public String name(boolean english) {
		return english ? this.nameEn : this.nameNb;
	}

}
