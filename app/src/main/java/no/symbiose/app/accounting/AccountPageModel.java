package no.symbiose.app.accounting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.app.api.FieldProblem;
import no.symbiose.app.api.InvalidInputException;
import no.symbiose.app.api.NotFoundException;
import no.symbiose.app.referencedata.ReferenceQueries;
import no.symbiose.app.registry.RegistryQueries;
import no.symbiose.app.registry.RegistryViews.ParkView;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every account page shows around its figures: where in nation &gt; county &gt; park
 * it is (the breadcrumb the fragment {@code accounting/scope :: switcher} draws) and the
 * year, defaulting to the newest year with data.
 */
@Component
public class AccountPageModel {

	/** The scope resolved to names, for headings and the breadcrumb. */
	public record ScopeView(AccountScope scope, @Nullable String countyNumber, @Nullable String countyName,
			@Nullable String parkKey, @Nullable String parkName) {

		/** The query string that keeps this scope on a link, without {@code ?}. */
		public String query() {
			return switch (this.scope.level()) {
				case NATION -> "";
				case COUNTY -> "fylke=" + this.countyNumber;
				case PARK -> "park=" + this.parkKey;
			};
		}

		/** A link to another account page for the same scope and year. */
		public String link(String path, int year) {
			String query = query();
			return path + "?" + (query.isEmpty() ? "" : query + "&") + "ar=" + year;
		}

	}

	private final ReferenceQueries reference;

	private final RegistryQueries registry;

	private final AccountPlacements placements;

	AccountPageModel(ReferenceQueries reference, RegistryQueries registry, AccountPlacements placements) {
		this.reference = reference;
		this.registry = registry;
		this.placements = placements;
	}

	/**
	 * Resolves the scope (an unknown county or park is a 404) and the year (one outside
	 * 1990–2100 is a 400), and puts {@code scopeView}, {@code years} and {@code year} on
	 * the model.
	 * @return the year the page shows
	 */
	public int prepare(Model model, AccountScope scope, @Nullable Integer year) {
		ScopeView view = resolve(scope);
		List<Integer> years = this.placements.yearsWithData();
		if (year != null && (year < 1990 || year > 2100)) {
			throw new InvalidInputException(
					List.of(FieldProblem.of("ar", year, "accounts.scope.year", String.valueOf(year))));
		}
		int shown = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
		model.addAttribute("scopeView", view);
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		return shown;
	}

	/** The scope with its names; an unknown county or park is a 404. */
	public ScopeView resolve(AccountScope scope) {
		return switch (scope.level()) {
			case NATION -> new ScopeView(scope, null, null, null, null);
			case COUNTY -> {
				ReferenceQueries.County county = this.reference.counties()
					.stream()
					.filter(c -> c.number().equals(scope.key()))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("county", scope.key()));
				yield new ScopeView(scope, county.number(), county.name(), null, null);
			}
			case PARK -> {
				ParkView park = this.registry.park(scope.key())
					.orElseThrow(() -> new NotFoundException("park", scope.key()));
				yield new ScopeView(scope, park.countyNumber(), park.countyName(), park.key(), park.name());
			}
		};
	}

}
