package no.symbiose.app.accounting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.symbiose.app.accounting.AccountFactors.FactorUse;
import no.symbiose.app.accounting.CompanyAccount.BaselineStatus;
import no.symbiose.engine.accounting.ClimateAccount;
import no.symbiose.engine.accounting.ClimateAccount.Line;
import no.symbiose.engine.accounting.ClimateAccount.UpstreamTransportAccount;
import no.symbiose.engine.accounting.EmissionFactor;
import no.symbiose.engine.accounting.EnergyAccount;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.symbiosis.Factor;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.TonnesCo2e;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The account as lines of a report, in the reader's language: one line per figure, each
 * with its value, unit, method, factor (value and unit), the factor's source and year,
 * and a note where the figure is unknown. The page's summary tables and every export are
 * made of these lines, so they cannot disagree.
 */
@Component
public class AccountReport {

	private final MessageSource messages;

	AccountReport(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One figure.
	 *
	 * @param key a stable name of the figure, such as {@code scope1}
	 * @param value the number, or null when unknown
	 * @param factor the factor's value and unit as text, or null when none is used
	 * @param year the year of the factor used, or of the facts for a reported figure
	 * @param note why the figure is unknown, or what else to know
	 */
	public record ReportLine(String section, String key, String label, @Nullable Double value, String unit,
			String method, @Nullable String factor, @Nullable String source, @Nullable String year,
			@Nullable String note) {
	}

	public List<ReportLine> climate(CompanyAccount account, Locale locale) {
		Texts t = new Texts(locale);
		String section = t.text("accounts.climate.heading");
		ClimateAccount climate = account.climate();
		List<ReportLine> lines = new ArrayList<>();
		lines.add(scope1(account, t, section));
		ClimateAccount.Scope2 scope2 = climate.scope2();
		lines.add(scope2(account, t, section, "scope2Location", scope2.locationBased(), scope2.location(),
				"electricity_location"));
		lines.add(scope2(account, t, section, "scope2Market", scope2.marketBased(), scope2.market(),
				"electricity_market"));
		lines.add(transport(account, t, section));
		lines.add(new ReportLine(section, "totalLocation", t.text("accounts.line.totalLocation"),
				value(climate.totalLocationBased()), t.text("accounts.unit.tCo2e"), t.text("accounts.method.total"),
				null, null, String.valueOf(account.year()), null));
		lines.add(new ReportLine(section, "totalMarket", t.text("accounts.line.totalMarket"),
				value(climate.totalMarketBased()), t.text("accounts.unit.tCo2e"), t.text("accounts.method.total"), null,
				null, String.valueOf(account.year()), null));
		lines.add(change(account, t, section));
		return lines;
	}

	public List<ReportLine> energy(CompanyAccount account, Locale locale) {
		Texts t = new Texts(locale);
		String section = t.text("accounts.energy.heading");
		EnergyAccount energy = account.energy();
		String year = String.valueOf(account.year());
		String reported = t.text("accounts.method.reported.energy");
		String source = account.factsSource();
		List<ReportLine> lines = new ArrayList<>();
		for (EnergyCarrier carrier : EnergyCarrier.values()) {
			MegawattHours use = energy.use().get(carrier);
			lines.add(new ReportLine(section, "use." + carrier.key(), t.carrier(carrier),
					use == null ? null : use.value(), "MWh", reported, null, source, year,
					use == null ? t.text("accounts.note.notReported") : null));
		}
		lines.add(new ReportLine(section, "use.total", t.text("accounts.line.useTotal"), energy.reportedTotal().value(),
				"MWh", t.text("accounts.method.useTotal"), null, source, year, null));
		lines.add(new ReportLine(section, "selfProduced", t.text("accounts.line.selfProduced"),
				value(energy.selfProducedElectricity()), "MWh", reported, null, source, year, null));
		lines.add(new ReportLine(section, "selfProducedShare", t.text("accounts.line.selfProducedShare"),
				percent(energy.selfProducedShare()), "%", t.text("accounts.method.selfProducedShare"), null, source,
				year, null));
		lines.add(new ReportLine(section, "peakPower", t.text("accounts.line.peakPower"),
				energy.peakPower() == null ? null : energy.peakPower().value(), "kW", reported, null, source, year,
				null));
		lines.add(new ReportLine(section, "utilisationHours", t.text("accounts.line.utilisationHours"),
				energy.utilisationHours(), t.text("accounts.unit.hours"), t.text("accounts.method.utilisationHours"),
				null, source, year,
				energy.transformerId() == null ? null : t.text("accounts.note.transformer", energy.transformerId())));
		EnergyAccount.HeatRecovery heat = energy.heatRecovery();
		lines.add(new ReportLine(section, "excessHeat", t.text("accounts.line.excessHeat"), value(heat.available()),
				"MWh", t.text("accounts.method.excessHeat"), null, null, year, heat.available() == null
						? withheldOr(account.streamsWithheld(), t, "accounts.note.excessHeatUnknown") : null));
		lines.add(new ReportLine(section, "heatRecovered", t.text("accounts.line.heatRecovered"),
				value(heat.recovered()), "MWh", t.text("accounts.method.heatRecovered"), null, null, year,
				account.deliveredWithheld() > 0 ? t.text("accounts.note.withheld", account.deliveredWithheld())
						: null));
		lines.add(new ReportLine(section, "thermalRecovery", t.text("accounts.line.thermalRecovery"),
				percent(heat.efficiency()), "%", t.text("accounts.method.thermalRecovery"), null, null, year, null));
		EnergyAccount.EnergySources sources = energy.sources();
		String gaps = sources.gaps()
			.stream()
			.map(gap -> t.text("accounts.sourceGap." + gap.name()))
			.collect(Collectors.joining(" "));
		String gapNote = gaps.isEmpty() ? null : gaps;
		lines.add(new ReportLine(section, "fossil", t.text("accounts.line.fossil"), value(sources.fossil()), "MWh",
				t.text("accounts.method.sources"), null, source, year, gapNote));
		lines.add(new ReportLine(section, "renewable", t.text("accounts.line.renewable"), value(sources.renewable()),
				"MWh", t.text("accounts.method.sources"), null, source, year, gapNote));
		lines.add(new ReportLine(section, "renewableShare", t.text("accounts.line.renewableShare"),
				percent(sources.renewableShare()), "%", t.text("accounts.method.sources"), null, source, year,
				gapNote));
		return lines;
	}

	private ReportLine scope1(CompanyAccount account, Texts t, String section) {
		ClimateAccount.Scope1 scope1 = account.climate().scope1();
		String label = t.text("accounts.line.scope1");
		String unit = t.text("accounts.unit.tCo2e");
		return switch (scope1.method()) {
			case REPORTED -> new ReportLine(section, "scope1", label, value(scope1.total()), unit,
					t.text("accounts.method.reported"), null, account.factsSource(), String.valueOf(account.year()),
					null);
			case CALCULATED_FROM_FUEL ->
				new ReportLine(section, "scope1", label, value(scope1.total()), unit, t.text("accounts.method.fuel"),
						factors(scope1.lines(), t), sources(scope1.lines()), years(scope1.lines()), null);
			case UNKNOWN -> new ReportLine(section, "scope1", label, null, unit, t.text("accounts.method.fuel"),
					scope1.lines().isEmpty() ? null : factors(scope1.lines(), t), sources(scope1.lines()),
					scope1.lines().isEmpty() ? null : years(scope1.lines()),
					scope1.withoutFactor().isEmpty() ? t.text("accounts.note.noFuel")
							: t.text("accounts.note.withoutFactor",
									scope1.withoutFactor().stream().map(t::carrier).collect(Collectors.joining(", "))));
		};
	}

	private ReportLine scope2(CompanyAccount account, Texts t, String section, String key, @Nullable TonnesCo2e total,
			List<Line> lines, String role) {
		FactorUse use = account.factors().use(role).orElse(null);
		Map<EnergyCarrier, MegawattHours> energy = account.energy().use();
		boolean any = energy.containsKey(EnergyCarrier.ELECTRICITY) || energy.containsKey(EnergyCarrier.DISTRICT_HEAT);
		String note = null;
		if (!any) {
			note = t.text("accounts.note.noPurchase");
		}
		else if (total == null) {
			note = energy.containsKey(EnergyCarrier.DISTRICT_HEAT) ? t.text("accounts.note.districtHeatWithoutFactor")
					: t.text("accounts.note.noGridFactor", String.valueOf(account.year()));
		}
		else if (use != null && use.earlierYear()) {
			note = t.text("accounts.note.earlierYear", String.valueOf(use.usedYear()), String.valueOf(account.year()));
		}
		return new ReportLine(section, key, t.text("accounts.line." + key), value(total), t.text("accounts.unit.tCo2e"),
				t.text("accounts.method." + key),
				!lines.isEmpty() ? factors(lines, t) : use == null ? null : factor(use.factor(), t),
				use == null ? null : use.factor().source(), use == null ? null : String.valueOf(use.usedYear()), note);
	}

	private ReportLine transport(CompanyAccount account, Texts t, String section) {
		UpstreamTransportAccount transport = account.climate().upstreamTransport();
		String note;
		if (account.receivedWithheld() > 0) {
			note = t.text("accounts.note.withheld", account.receivedWithheld());
		}
		else if (!transport.unknown().isEmpty()) {
			note = t.text("accounts.note.transportUnknown", transport.unknown().size());
		}
		else if (transport.lines().isEmpty()) {
			note = t.text("accounts.note.noExchanges");
		}
		else {
			note = t.text("accounts.note.exchanges", transport.lines().size());
		}
		return new ReportLine(section, "scope3Transport", t.text("accounts.line.scope3Transport"),
				value(transport.total()), t.text("accounts.unit.tCo2e"), t.text("accounts.method.transport"),
				factor(transport.truck(), t) + "; "
						+ t.text("accounts.factor.detour", t.number(transport.detour().value(), 2)),
				transport.truck().source() + "; " + transport.detour().source(),
				transport.truck().year() + "; " + transport.detour().year(), note);
	}

	private ReportLine change(CompanyAccount account, Texts t, String section) {
		CompanyAccount.Baseline baseline = account.baseline();
		String note = switch (baseline.status()) {
			case THIS_YEAR -> t.text("accounts.baseline.thisYear");
			case BEFORE -> t.text("accounts.baseline.before");
			case NONE -> t.text("accounts.baseline.none");
			case UNKNOWN -> t.text("accounts.baseline.unknown");
			case KNOWN -> t.text("accounts.baseline.known", t.number(baseline.baseline().value(), 0),
					t.number(baseline.current().value(), 0));
		};
		return new ReportLine(section, "change", t.text("accounts.line.change"),
				baseline.status() == BaselineStatus.KNOWN ? percent(baseline.change()) : null, "%",
				t.text("accounts.method.change"), null, null, String.valueOf(CompanyAccount.BASELINE_YEAR), note);
	}

	/** Each carrier's factor, such as {@code naturgass 202,17 kg CO2e/MWh}. */
	private static String factors(List<Line> lines, Texts t) {
		if (lines.size() == 1 && (lines.get(0).carrier() == EnergyCarrier.ELECTRICITY)) {
			return factor(lines.get(0).factor(), t);
		}
		return lines.stream()
			.map(line -> t.carrier(line.carrier()).toLowerCase(t.locale) + " " + factor(line.factor(), t))
			.collect(Collectors.joining("; "));
	}

	static String factor(EmissionFactor factor, Texts t) {
		return t.number(factor.kgCo2ePerMwh(), 2) + " " + t.text("accounts.unit.kgCo2ePerMwh");
	}

	static String factor(Factor factor, Texts t) {
		return t.number(factor.value(), 5) + " " + factor.unit().replace("CO2e", "CO₂e");
	}

	private static String sources(List<Line> lines) {
		Set<String> sources = new LinkedHashSet<>();
		lines.forEach(line -> sources.add(line.factor().source()));
		return String.join(" | ", sources);
	}

	private static String years(List<Line> lines) {
		Set<String> years = new LinkedHashSet<>();
		lines.forEach(line -> years.add(line.factor().year()));
		return String.join(", ", years);
	}

	private static @Nullable String withheldOr(int withheld, Texts t, String key) {
		return withheld > 0 ? t.text("accounts.note.withheld", withheld) : t.text(key);
	}

	static @Nullable Double value(@Nullable TonnesCo2e value) {
		return value == null ? null : value.value();
	}

	static @Nullable Double value(@Nullable MegawattHours value) {
		return value == null ? null : value.value();
	}

	static @Nullable Double percent(@Nullable Double fraction) {
		return fraction == null ? null : fraction * 100;
	}

	Texts texts(Locale locale) {
		return new Texts(locale);
	}

	/** Messages and numbers in one language. */
	final class Texts {

		final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		String text(String key, Object... arguments) {
			return AccountReport.this.messages.getMessage(key, arguments, this.locale);
		}

		String carrier(EnergyCarrier carrier) {
			return text("accounts.carrier." + carrier.key());
		}

		String number(double value, int maxFractionDigits) {
			NumberFormat format = NumberFormat.getNumberInstance(this.locale);
			format.setMaximumFractionDigits(maxFractionDigits);
			return format.format(value);
		}

	}

}
