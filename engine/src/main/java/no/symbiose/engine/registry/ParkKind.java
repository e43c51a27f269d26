package no.symbiose.engine.registry;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.units.Decares;

/**
 * Kinds of area, with the typical sizes of source 002 (Siva and eight parks, table "Kinds
 * of area"): industripark > 30 daa with production as main activity; teknologipark often
 * 3–100 daa; næringspark often 3–20 daa. The sizes are typical, not limits, so a park
 * outside them gets a remark rather than a refusal.
 */
public enum ParkKind {

	/** "Over 30 daa": 30 daa itself is below. */
	INDUSTRIPARK(30, null, "registry.parkKind.industripark.belowTypicalSize", null),
	TEKNOLOGIPARK(3, 100, "registry.parkKind.teknologipark.belowTypicalSize",
			"registry.parkKind.teknologipark.aboveTypicalSize"),
	NAERINGSPARK(3, 20, "registry.parkKind.naeringspark.belowTypicalSize",
			"registry.parkKind.naeringspark.aboveTypicalSize");

	private final double typicalMinimumDaa;

	private final @Nullable Integer typicalMaximumDaa;

	private final String belowRemark;

	private final @Nullable String aboveRemark;

	ParkKind(double typicalMinimumDaa, @Nullable Integer typicalMaximumDaa, String belowRemark,
			@Nullable String aboveRemark) {
		this.typicalMinimumDaa = typicalMinimumDaa;
		this.typicalMaximumDaa = typicalMaximumDaa;
		this.belowRemark = belowRemark;
		this.aboveRemark = aboveRemark;
	}

	public String key() {
		return Keys.keyOf(this);
	}

	/** Also accepts the bokmål spelling {@code næringspark}. */
	public static ParkKind fromKey(String key) {
		return Keys.fromKey(ParkKind.class, key.replace("æ", "ae").replace("Æ", "AE"), "registry.parkKind.unknown",
				"park kind");
	}

	/**
	 * Rule keys of remarks on a total area outside the typical size of this kind; empty
	 * when typical or unknown.
	 */
	public List<String> sizeRemarks(@Nullable Decares total) {
		List<String> remarks = new ArrayList<>();
		if (total == null) {
			return remarks;
		}
		double daa = total.value();
		boolean below = (this == INDUSTRIPARK) ? daa <= this.typicalMinimumDaa : daa < this.typicalMinimumDaa;
		if (below) {
			remarks.add(this.belowRemark);
		}
		if (this.typicalMaximumDaa != null && this.aboveRemark != null && daa > this.typicalMaximumDaa) {
			remarks.add(this.aboveRemark);
		}
		return List.copyOf(remarks);
	}

}
