package no.symbiose.engine.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A company renting in a park from a date, and until a date when it has ended (both
 * inclusive).
 */
public record Tenancy(CompanyKey company, ParkKey park, LocalDate from, @Nullable LocalDate to) {

	public Tenancy {
		if (to != null && to.isBefore(from)) {
			throw new RuleViolation("registry.tenancy.endsBeforeStart",
					"Tenancy ends %s, before it starts %s".formatted(to, from), to.toString(), from.toString());
		}
	}

	public boolean activeOn(LocalDate date) {
		return !date.isBefore(this.from) && (this.to == null || !date.isAfter(this.to));
	}

}
