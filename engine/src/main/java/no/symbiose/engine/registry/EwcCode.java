package no.symbiose.engine.registry;

/**
 * A code of the European List of Waste (EWC, Commission Decision 2000/532/EC as amended
 * by 2014/955/EU): six digits, chapter (01–20), sub-chapter, entry. The asterisk that
 * marks a hazardous entry is dropped on parsing: hazard belongs to the code in the list,
 * not to the input.
 */
public record EwcCode(String code) {

	public EwcCode {
		if (!code.matches("\\d{6}")) {
			throw new RuleViolation("registry.ewc.format",
					"Waste code \"%s\" is not 6 digits such as 01 03 04".formatted(code), code);
		}
		int chapter = Integer.parseInt(code.substring(0, 2));
		if (chapter < 1 || chapter > 20) {
			throw new RuleViolation("registry.ewc.chapter",
					"Waste code %s has chapter %s; the list has chapters 01–20".formatted(code, code.substring(0, 2)),
					code, code.substring(0, 2));
		}
	}

	/** Accepts {@code 01 03 04*}, {@code 01 03 04} and {@code 010304}. */
	public static EwcCode parse(String text) {
		String compact = text.strip().replaceAll("[\\s\\u00A0]", "");
		if (compact.endsWith("*")) {
			compact = compact.substring(0, compact.length() - 1);
		}
		return new EwcCode(compact);
	}

	/** As printed in the list: {@code 01 03 04}. */
	public String display() {
		return this.code.substring(0, 2) + " " + this.code.substring(2, 4) + " " + this.code.substring(4, 6);
	}

	public String chapter() {
		return this.code.substring(0, 2);
	}

	public String subChapter() {
		return this.code.substring(0, 4);
	}

	@Override
	public String toString() {
		return display();
	}

}
