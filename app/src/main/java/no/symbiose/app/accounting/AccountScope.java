package no.symbiose.app.accounting;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;

/**
 * What an aggregate account covers: the nation, one county ({@code fylke=40}) or one park
 * ({@code park=heroya}). Every account page and endpoint takes the same two parameters.
 *
 * @param key the county number or park key; {@code null} for the nation
 */
public record AccountScope(Level level, @Nullable String key) {

	private static final Pattern COUNTY = Pattern.compile("\\d{2}");

	private static final Pattern PARK = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	public enum Level {

		NATION, COUNTY, PARK;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public AccountScope {
		if ((level == Level.NATION) != (key == null)) {
			throw new IllegalArgumentException("The nation has no key; a county or park needs one");
		}
	}

	public static AccountScope nation() {
		return new AccountScope(Level.NATION, null);
	}

	public static AccountScope county(String countyNumber) {
		return new AccountScope(Level.COUNTY, countyNumber);
	}

	public static AccountScope park(String parkKey) {
		return new AccountScope(Level.PARK, parkKey);
	}

	/**
	 * Reads the request parameters; blank means not given. Both at once, or a malformed
	 * value, is a 400 that names the field.
	 */
	public static AccountScope of(@Nullable String countyNumber, @Nullable String parkKey) {
		boolean county = countyNumber != null && !countyNumber.isBlank();
		boolean park = parkKey != null && !parkKey.isBlank();
		if (county && park) {
			throw new InvalidInputException(List.of(FieldProblem.of("park", parkKey, "accounts.scope.both")));
		}
		if (county) {
			if (!COUNTY.matcher(countyNumber.strip()).matches()) {
				throw new InvalidInputException(
						List.of(FieldProblem.of("fylke", countyNumber, "accounts.scope.countyFormat", countyNumber)));
			}
			return county(countyNumber.strip());
		}
		if (park) {
			if (!PARK.matcher(parkKey.strip()).matches()) {
				throw new InvalidInputException(
						List.of(FieldProblem.of("park", parkKey, "accounts.scope.parkFormat", parkKey)));
			}
			return park(parkKey.strip());
		}
		return nation();
	}

	/**
	 * The key of this scope's node in a
	 * {@link no.symbiose.engine.accounting.Disclosure.Tree}.
	 */
	public String nodeKey() {
		return switch (this.level) {
			case NATION -> AccountPlacements.NATION;
			case COUNTY -> AccountPlacements.COUNTY_PREFIX + this.key;
			case PARK -> AccountPlacements.PARK_PREFIX + this.key;
		};
	}

	/** Whether a company placed so belongs to this scope. */
	public boolean contains(AccountPlacements.Placement placement) {
		return switch (this.level) {
			case NATION -> true;
			case COUNTY -> this.key.equals(placement.countyNumber());
			case PARK -> this.key.equals(placement.parkKey());
		};
	}

	/** The level one down, whose groups an account breaks its totals into. */
	public @Nullable Level below() {
		return switch (this.level) {
			case NATION -> Level.COUNTY;
			case COUNTY -> Level.PARK;
			case PARK -> null;
		};
	}

}
