package no.symbiose.engine.registry;

import java.util.Locale;

/**
 * A waste treatment operation of the Waste Framework Directive 2008/98/EC: recovery
 * R1–R13 (Annex II) or disposal D1–D15 (Annex I).
 */
public record TreatmentCode(String code) {

	public TreatmentCode {
		code = code.strip().toUpperCase(Locale.ROOT);
		boolean valid = false;
		if (code.matches("[RD][1-9]\\d?")) {
			int number = Integer.parseInt(code.substring(1));
			valid = code.startsWith("R") ? number <= 13 : number <= 15;
		}
		if (!valid) {
			throw new RuleViolation("registry.treatment.unknown",
					"Treatment \"%s\" is not R1–R13 or D1–D15 (Directive 2008/98/EC)".formatted(code), code);
		}
	}

	public static TreatmentCode of(String code) {
		return new TreatmentCode(code);
	}

	public boolean isRecovery() {
		return this.code.startsWith("R");
	}

	@Override
	public String toString() {
		return this.code;
	}

}
