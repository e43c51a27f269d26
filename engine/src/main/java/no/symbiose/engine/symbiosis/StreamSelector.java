package no.symbiose.engine.symbiosis;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.MaterialClass;

/**
 * Which material streams one side of a rule accepts: a material class in the set, or an
 * EWC code that starts with one of the prefixes (2, 4 or 6 digits: chapter, sub-chapter,
 * code).
 */
public record StreamSelector(List<MaterialClass> classes, List<String> ewcPrefixes) {

	public static final StreamSelector NONE = new StreamSelector(List.of(), List.of());

	public StreamSelector {
		classes = List.copyOf(new java.util.LinkedHashSet<>(classes));
		for (String prefix : ewcPrefixes) {
			if (!prefix.matches("\\d{2}|\\d{4}|\\d{6}")) {
				throw new IllegalArgumentException(
						"EWC prefix \"%s\" is not 2, 4 or 6 digits without spaces".formatted(prefix));
			}
		}
		ewcPrefixes = List.copyOf(ewcPrefixes);
	}

	/** The class the rule names first: what it mainly takes. */
	public @Nullable MaterialClass firstClass() {
		return this.classes.isEmpty() ? null : this.classes.get(0);
	}

	public boolean isEmpty() {
		return this.classes.isEmpty() && this.ewcPrefixes.isEmpty();
	}

	public boolean accepts(@Nullable MaterialClass material, @Nullable EwcCode ewc) {
		if (material != null && this.classes.contains(material)) {
			return true;
		}
		if (ewc != null) {
			for (String prefix : this.ewcPrefixes) {
				if (ewc.code().startsWith(prefix)) {
					return true;
				}
			}
		}
		return false;
	}

}
