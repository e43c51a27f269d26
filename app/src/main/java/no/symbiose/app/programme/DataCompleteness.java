package no.symbiose.app.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.symbiose.app.programme.ProgrammeEvidence.ParkRef;
import no.symbiose.app.programme.ProgrammeEvidence.TenantData;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Which of a park's data for a report year exist, and what is missing before the
 * reporting deadline: {@code symbiose.programme.reporting-deadline} (month-day, default
 * {@code 04-30}) in the year after the report year. Per tenant: climate account, energy
 * use, material flows (as {@link ProgrammeEvidence} defines them); per park: its land and
 * building use for the year, which the facilitator reports for the whole park. Percent
 * complete = items known / items asked for, where a park asks 3 items of each tenant and
 * 1 of itself. Which data exist is not confidential; no figure is shown.
 */
@Service
public class DataCompleteness {

	/** One kind of data the programme asks for. */
	public enum Fact {

		CLIMATE, ENERGY, MATERIAL_FLOWS, LAND;

		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** A tenant's data for the year. */
	public record TenantRow(String companyKey, String companyName, boolean facts, boolean climate, boolean energy,
			boolean materialFlows) {

		public List<Fact> missing() {
			List<Fact> missing = new ArrayList<>();
			if (!this.climate) {
				missing.add(Fact.CLIMATE);
			}
			if (!this.energy) {
				missing.add(Fact.ENERGY);
			}
			if (!this.materialFlows) {
				missing.add(Fact.MATERIAL_FLOWS);
			}
			return missing;
		}

		public boolean complete() {
			return missing().isEmpty();
		}

	}

	/**
	 * A park's data for a report year.
	 *
	 * @param percentComplete items known / items asked for × 100
	 * @param daysLeft days from today to the deadline; negative when it has passed
	 */
	public record ParkCompleteness(String parkKey, String parkName, int year, List<TenantRow> tenants, boolean land,
			int itemsKnown, int items, double percentComplete, LocalDate deadline, long daysLeft) {

		public boolean deadlinePassed() {
			return this.daysLeft < 0;
		}

		/** The tenants that lack something, by name. */
		public List<TenantRow> incomplete() {
			return this.tenants.stream().filter(tenant -> !tenant.complete()).toList();
		}

		/** Every missing item: the park's land first, then each tenant's. */
		public List<MissingItem> missing() {
			List<MissingItem> missing = new ArrayList<>();
			if (!this.land) {
				missing.add(new MissingItem(null, null, Fact.LAND));
			}
			for (TenantRow tenant : this.tenants) {
				tenant.missing()
					.forEach(fact -> missing.add(new MissingItem(tenant.companyKey(), tenant.companyName(), fact)));
			}
			return missing;
		}

	}

	/** One thing to report; the park's own when the company is null. */
	public record MissingItem(@Nullable String companyKey, @Nullable String companyName, Fact fact) {

	}

	private final ProgrammeEvidence evidence;

	private final Clock clock;

	private final MonthDay deadline;

	DataCompleteness(ProgrammeEvidence evidence, Clock clock,
			@Value("${symbiose.programme.reporting-deadline:04-30}") String deadline) {
		this.evidence = evidence;
		this.clock = clock;
		try {
			this.deadline = MonthDay.parse("--" + deadline.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(
					"symbiose.programme.reporting-deadline \"%s\" is not a month-day such as 04-30".formatted(deadline),
					ex);
		}
	}

	/** The deadline for reporting a year: the configured day in the year after. */
	public LocalDate deadline(int reportYear) {
		return this.deadline.atYear(reportYear + 1);
	}

	/**
	 * @throws no.symbiose.app.api.NotFoundException no such park
	 */
	public ParkCompleteness of(String parkKey, int year) {
		return of(this.evidence.park(parkKey), year);
	}

	/**
	 * @throws no.symbiose.app.api.NotFoundException no such park
	 */
	public ParkCompleteness of(long parkId, int year) {
		return of(this.evidence.park(parkId), year);
	}

	private ParkCompleteness of(ParkRef park, int year) {
		List<TenantRow> tenants = new ArrayList<>();
		for (TenantData tenant : this.evidence.tenants(park.id(), year)) {
			tenants.add(new TenantRow(tenant.companyKey(), tenant.companyName(), tenant.facts(),
					tenant.climateAccount(), tenant.energy(), tenant.materialFlows()));
		}
		boolean land = park.landFor(year);
		int items = tenants.size() * 3 + 1;
		int known = (land ? 1 : 0) + tenants.stream().mapToInt(tenant -> 3 - tenant.missing().size()).sum();
		LocalDate due = deadline(year);
		return new ParkCompleteness(park.key(), park.name(), year, List.copyOf(tenants), land, known, items,
				known * 100.0 / items, due, ChronoUnit.DAYS.between(LocalDate.now(this.clock), due));
	}

}
