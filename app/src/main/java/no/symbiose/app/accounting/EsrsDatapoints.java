package no.symbiose.app.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import no.symbiose.app.accounting.AccountReport.Texts;
import no.symbiose.engine.accounting.ClimateAccount;
import no.symbiose.engine.accounting.EnergyAccount;
import no.symbiose.engine.accounting.EnergyAccount.SourceGap;
import no.symbiose.engine.accounting.ResourceFlows;
import no.symbiose.engine.accounting.ResourceFlows.Gap;
import no.symbiose.engine.accounting.ResourceFlows.WasteRoute;
import no.symbiose.engine.registry.EnergyCarrier;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Tonnes;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The ESRS datapoints of E1 (climate change: E1-5 energy, E1-6 emissions) and E5
 * (resource use: E5-4 inflows, E5-5 outflows) that the registry can fill for one company
 * and year, under the identifiers of EFRAG's IG 3 list of ESRS datapoints, with the
 * paragraph of ESRS (Commission Delegated Regulation (EU) 2023/2772). A datapoint the
 * registry cannot fill is listed with "not available" and the reason, so a reader sees
 * what is missing rather than a gap.
 */
@Component
public class EsrsDatapoints {

	private final AccountReport report;

	EsrsDatapoints(AccountReport report) {
		this.report = report;
	}

	/**
	 * One datapoint, or one breakdown of it.
	 *
	 * @param value a number, a text, or null when the registry cannot fill it
	 * @param note why it is not available, or how it was found
	 */
	public record EsrsRow(String datapoint, String paragraph, String name, @Nullable String breakdown,
			@Nullable Object value, String unit, @Nullable String note) {

		public boolean available() {
			return this.value != null;
		}

	}

	public List<EsrsRow> rows(CompanyAccount account, Locale locale) {
		Texts t = this.report.texts(locale);
		List<EsrsRow> rows = new ArrayList<>();
		energy(account, t, rows);
		emissions(account, this.report.climate(account, locale), t, rows);
		inflows(account, t, rows);
		outflows(account, t, rows);
		return rows;
	}

	private static void energy(CompanyAccount account, Texts t, List<EsrsRow> rows) {
		EnergyAccount energy = account.energy();
		EnergyAccount.EnergySources sources = energy.sources();
		Map<EnergyCarrier, MegawattHours> use = energy.use();
		String gaps = sources.gaps()
			.stream()
			.map(gap -> t.text("accounts.sourceGap." + gap.name()))
			.collect(Collectors.joining(" "));
		String reported = use.keySet().stream().map(t::carrier).collect(Collectors.joining(", "));
		boolean split = sources.gaps().isEmpty();
		rows.add(row(t, "E1-5_01", "E1 §37", null, use.isEmpty() ? null : energy.reportedTotal().value(), "MWh",
				use.isEmpty() ? t.text("accounts.esrs.note.noEnergy")
						: t.text("accounts.esrs.note.reported", reported)));
		rows.add(row(t, "E1-5_02", "E1 §37(a)", null, AccountReport.value(sources.fossil()), "MWh",
				split ? null : gaps));
		rows.add(row(t, "E1-5_03", "E1 §37(b)", null, AccountReport.value(sources.nuclear()), "MWh",
				split ? null : gaps));
		rows.add(row(t, "E1-5_05", "E1 §37(c)", null, AccountReport.value(sources.renewable()), "MWh",
				split ? null : gaps));
		MegawattHours biomass = use.get(EnergyCarrier.BIOMASS);
		rows.add(row(t, "E1-5_06", "E1 §37(c)(i)", null, AccountReport.value(biomass), "MWh",
				biomass == null ? t.text("accounts.esrs.note.notReported", t.carrier(EnergyCarrier.BIOMASS))
						: t.text("accounts.esrs.note.biomass")));
		boolean purchaseUnknown = sources.gaps().contains(SourceGap.PURCHASED_MIX_UNKNOWN);
		rows.add(row(t, "E1-5_07", "E1 §37(c)(ii)", null, split ? Double.valueOf(0) : null, "MWh",
				split ? t.text("accounts.esrs.note.noPurchase") : gaps));
		boolean ownUnknown = sources.gaps().contains(SourceGap.SELF_PRODUCED_ORIGIN_UNKNOWN);
		rows.add(row(t, "E1-5_08", "E1 §37(c)(iii)", null, split ? Double.valueOf(0) : null, "MWh",
				ownUnknown ? t.text("accounts.sourceGap." + SourceGap.SELF_PRODUCED_ORIGIN_UNKNOWN.name())
						: split ? t.text("accounts.esrs.note.noOwnProduction") : gaps));
		rows.add(row(t, "E1-5_09", "E1 AR 34", null, AccountReport.percent(sources.renewableShare()), "%",
				split ? null : gaps));
		rows.add(carrier(t, "E1-5_10", "E1 §38(a)", use, EnergyCarrier.COAL_AND_COKE));
		rows.add(carrier(t, "E1-5_11", "E1 §38(b)", use, EnergyCarrier.OIL_PRODUCTS));
		rows.add(carrier(t, "E1-5_12", "E1 §38(c)", use, EnergyCarrier.NATURAL_GAS));
		boolean hydrogen = sources.gaps().contains(SourceGap.HYDROGEN_ORIGIN_UNKNOWN);
		rows.add(row(t, "E1-5_13", "E1 §38(d)", null, hydrogen ? null : Double.valueOf(0), "MWh",
				hydrogen ? t.text("accounts.sourceGap." + SourceGap.HYDROGEN_ORIGIN_UNKNOWN.name())
						: t.text("accounts.esrs.note.noOtherFossil")));
		rows.add(row(t, "E1-5_14", "E1 §38(e)", null, purchaseUnknown ? null : Double.valueOf(0), "MWh",
				purchaseUnknown ? t.text("accounts.sourceGap." + SourceGap.PURCHASED_MIX_UNKNOWN.name())
						: t.text("accounts.esrs.note.noPurchase")));
		rows.add(row(t, "E1-5_15", "E1 AR 34", null, AccountReport.percent(sources.fossilShare()), "%",
				split ? null : gaps));
		rows.add(row(t, "E1-5_16", "E1 §39", null, null, "MWh", t.text("accounts.esrs.note.production")));
		rows.add(row(t, "E1-5_17", "E1 §39", null, null, "MWh", t.text("accounts.esrs.note.production")));
	}

	private static void emissions(CompanyAccount account, List<AccountReport.ReportLine> lines, Texts t,
			List<EsrsRow> rows) {
		ClimateAccount climate = account.climate();
		String tonnes = t.text("accounts.unit.tCo2e");
		rows.add(row(t, "E1-6_07", "E1 §48(a)", null, AccountReport.value(climate.scope1().total()), tonnes,
				note(lines, "scope1")));
		rows.add(row(t, "E1-6_08", "E1 §48(b)", null, null, "%", t.text("accounts.esrs.note.ets")));
		rows.add(row(t, "E1-6_09", "E1 §49(a)", null, AccountReport.value(climate.scope2().locationBased()), tonnes,
				note(lines, "scope2Location")));
		rows.add(row(t, "E1-6_10", "E1 §49(b)", null, AccountReport.value(climate.scope2().marketBased()), tonnes,
				note(lines, "scope2Market")));
		rows.add(row(t, "E1-6_11", "E1 §51", t.text("accounts.esrs.breakdown.category4"),
				AccountReport.value(climate.upstreamTransport().total()), tonnes,
				join(t.text("accounts.esrs.note.scope3"), note(lines, "scope3Transport"))));
		rows.add(row(t, "E1-6_12", "E1 §52(a)", null, AccountReport.value(climate.totalLocationBased()), tonnes,
				t.text("accounts.esrs.note.total")));
		rows.add(row(t, "E1-6_13", "E1 §52(b)", null, AccountReport.value(climate.totalMarketBased()), tonnes,
				t.text("accounts.esrs.note.total")));
		rows.add(row(t, "E1-6_17", "E1 AR 43(c)", null, null, tonnes, t.text("accounts.esrs.note.biogenic")));
	}

	private static void inflows(CompanyAccount account, Texts t, List<EsrsRow> rows) {
		ResourceFlows flows = account.flows();
		String tonnes = t.text("accounts.unit.tonnes");
		rows.add(row(t, "E5-4_02", "E5 §31(a)", null, tonnes(flows.inflows()), tonnes,
				flows.inflows() == null ? gaps(flows.inflowGaps(), t) : t.text("accounts.esrs.note.inflows")));
		rows.add(row(t, "E5-4_03", "E5 §31(b)", null, null, "%", t.text("accounts.esrs.note.biological")));
		Tonnes secondary = account.secondaryMaterials();
		rows.add(row(t, "E5-4_04", "E5 §31(c)", null, tonnes(secondary), tonnes, secondary == null
				? t.text("accounts.esrs.note.secondaryUnknown") : t.text("accounts.esrs.note.secondary")));
		Double share = secondary == null || flows.inflows() == null || flows.inflows().value() == 0
				|| secondary.value() > flows.inflows().value() ? null
						: secondary.value() * 100 / flows.inflows().value();
		rows.add(row(t, "E5-4_05", "E5 §31(c)", null, share, "%",
				share == null ? t.text("accounts.esrs.note.secondaryShareUnknown") : null));
	}

	private static void outflows(CompanyAccount account, Texts t, List<EsrsRow> rows) {
		ResourceFlows flows = account.flows();
		ResourceFlows.Waste waste = flows.waste();
		String tonnes = t.text("accounts.unit.tonnes");
		String products = flows.productNames().isEmpty() ? null : String.join(", ", flows.productNames());
		rows.add(
				row(t, "E5-5_01", "E5 §35", null, products, t.text("accounts.unit.text"),
						products == null ? t.text("accounts.esrs.note.noProducts") : flows.products() == null
								? t.text("accounts.esrs.note.productsUnknown")
								: t.text("accounts.esrs.note.products", t.number(flows.products().value(), 2))));
		String wasteNote = waste.total() == null ? gaps(waste.gaps(), t) : null;
		rows.add(row(t, "E5-5_07", "E5 §37(a)", null, tonnes(waste.total()), tonnes, wasteNote));
		String splitNote = wasteNote != null ? wasteNote : gaps(waste.gaps(), t);
		routes(t, rows, "E5-5_08", "E5 §37(b)", waste, true, tonnes, splitNote);
		routes(t, rows, "E5-5_09", "E5 §37(c)", waste, false, tonnes, splitNote);
		Tonnes nonRecycled = waste.nonRecycled();
		rows.add(row(t, "E5-5_10", "E5 §37(d)", null, tonnes(nonRecycled), tonnes,
				nonRecycled == null ? splitNote : null));
		Double nonRecycledShare = nonRecycled == null || waste.total() == null || waste.total().value() == 0 ? null
				: nonRecycled.value() * 100 / waste.total().value();
		rows.add(row(t, "E5-5_11", "E5 §37(d)", null, nonRecycledShare, "%",
				nonRecycledShare == null ? splitNote : null));
		rows.add(row(t, "E5-5_15", "E5 §39", null, tonnes(waste.hazardous()), tonnes,
				waste.hazardous() == null ? splitNote : t.text("accounts.esrs.note.hazardous")));
		rows.add(row(t, "E5-5_16", "E5 §39", null, null, tonnes, t.text("accounts.esrs.note.radioactive")));
	}

	/**
	 * Diverted from (recovery) or directed to disposal: the total, then by hazard and
	 * route.
	 */
	private static void routes(Texts t, List<EsrsRow> rows, String datapoint, String paragraph,
			ResourceFlows.Waste waste, boolean recovery, String unit, @Nullable String note) {
		rows.add(row(t, datapoint, paragraph, null,
				tonnes(recovery ? waste.diverted(waste.byRoute()) : waste.directedToDisposal(waste.byRoute())), unit,
				waste.byRoute() == null ? note : null));
		for (boolean hazardous : new boolean[] { true, false }) {
			Map<WasteRoute, Tonnes> routes = hazardous ? waste.hazardousByRoute() : waste.nonHazardousByRoute();
			String hazard = t
				.text(hazardous ? "accounts.esrs.breakdown.hazardous" : "accounts.esrs.breakdown.nonHazardous");
			if (recovery) {
				rows.add(row(t, datapoint, paragraph, hazard + " – " + t.text("accounts.esrs.breakdown.reuse"), null,
						unit, t.text("accounts.esrs.note.reuse")));
			}
			for (WasteRoute route : WasteRoute.values()) {
				if (route.isRecovery() == recovery) {
					rows.add(row(t, datapoint, paragraph,
							hazard + " – " + t.text("accounts.esrs.breakdown.route." + route.name()),
							routes == null ? null : tonnes(routes.get(route)), unit, routes == null ? note : null));
				}
			}
		}
	}

	private static @Nullable String note(List<AccountReport.ReportLine> lines, String key) {
		return lines.stream()
			.filter(line -> line.key().equals(key))
			.findFirst()
			.map(line -> join(line.method(), line.note()))
			.orElse(null);
	}

	private static String join(String first, @Nullable String second) {
		return second == null || second.isBlank() ? first : first + " " + second;
	}

	private static EsrsRow carrier(Texts t, String datapoint, String paragraph, Map<EnergyCarrier, MegawattHours> use,
			EnergyCarrier carrier) {
		MegawattHours amount = use.get(carrier);
		return row(t, datapoint, paragraph, null, AccountReport.value(amount), "MWh",
				amount == null ? t.text("accounts.esrs.note.notReported", t.carrier(carrier))
						: t.text("accounts.esrs.note.carrier", t.carrier(carrier)));
	}

	private static String gaps(java.util.Set<Gap> gaps, Texts t) {
		return gaps.stream().map(gap -> t.text("accounts.flowGap." + gap.name())).collect(Collectors.joining(" "));
	}

	private static @Nullable Double tonnes(@Nullable Tonnes tonnes) {
		return tonnes == null ? null : tonnes.value();
	}

	private static EsrsRow row(Texts t, String datapoint, String paragraph, @Nullable String breakdown,
			@Nullable Object value, String unit, @Nullable String note) {
		return new EsrsRow(datapoint, paragraph, t.text("accounts.esrs.dp." + datapoint), breakdown, value, unit, note);
	}

}
