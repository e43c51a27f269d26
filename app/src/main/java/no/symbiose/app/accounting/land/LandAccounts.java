package no.symbiose.app.accounting.land;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.symbiose.app.accounting.AccountScope;
import no.symbiose.app.accounting.land.LandRegister.ParkRow;
import no.symbiose.app.accounting.land.LandRegister.PlotRow;
import no.symbiose.engine.accounting.LandAccount;
import no.symbiose.engine.accounting.LandAccounting;
import no.symbiose.engine.accounting.LandScope;
import no.symbiose.engine.accounting.ParkLand;
import no.symbiose.engine.registry.LandSurvey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes land accounts from the register with {@link LandAccounting}. Park land figures
 * are park-level facts, not a company's confidential rows, so they pass no disclosure
 * control; a park's figures are as public as its name.
 */
@Service
@Transactional(readOnly = true)
public class LandAccounts {

	private final LandRegister register;

	private final Clock clock;

	LandAccounts(LandRegister register, Clock clock) {
		this.register = register;
		this.clock = clock;
	}

	/** The account of the scope for the year; an unknown scope gives an empty account. */
	public LandAccountView account(AccountScope scope, int year) {
		List<ParkRow> parks = this.register.parks(scope);
		List<ParkLand> lands = parks.stream().map(ParkRow::land).toList();
		LandScope landScope = scope.level() == AccountScope.Level.NATION ? LandScope.ofNation()
				: LandScope.ofParks(lands.stream().map(ParkLand::park).toList());
		List<PlotRow> plots = this.register.plots(scope);
		LandAccount account = LandAccounting.of(year, landScope, lands, this.register.surveys(),
				plots.stream().map(PlotRow::plot).toList());
		Map<String, String> counties = new LinkedHashMap<>();
		Map<String, Long> ids = new LinkedHashMap<>();
		for (ParkRow park : parks) {
			counties.put(park.land().park().value(), park.countyName());
			ids.put(park.land().park().value(), park.id());
		}
		return new LandAccountView(scope, account, plots, counties, ids, this.register.parkNames());
	}

	/** Years with a survey or a park's dated figures, newest first. */
	public List<Integer> years() {
		return this.register.years();
	}

	/**
	 * The year a page shows when none is asked for: for a park, the year of its own
	 * figures, else the newest year of a survey that names it; otherwise the newest year
	 * with any land data, else this year.
	 */
	public int defaultYear(AccountScope scope) {
		if (scope.level() == AccountScope.Level.PARK) {
			List<ParkRow> parks = this.register.parks(scope);
			if (!parks.isEmpty()) {
				ParkLand land = parks.get(0).land();
				if (land.hasFigures() && land.figuresYear() != null) {
					return land.figuresYear();
				}
				Optional<Integer> surveyed = this.register.surveys()
					.stream()
					.filter(s -> s.parks().contains(land.park()))
					.map(LandSurvey::year)
					.max(Integer::compare);
				if (surveyed.isPresent()) {
					return surveyed.get();
				}
			}
		}
		return years().stream().findFirst().orElseGet(() -> Year.now(this.clock).getValue());
	}

	/** The land section of a park's page, for the year {@link #defaultYear} picks. */
	public LandAccountView forPark(String parkKey) {
		AccountScope scope = AccountScope.park(parkKey);
		return account(scope, defaultYear(scope));
	}

}
