package no.symbiose.app.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.symbiose.app.accounting.AccountFactors.FactorSet;
import no.symbiose.app.accounting.AccountRows.ExchangeRow;
import no.symbiose.app.accounting.AccountRows.FactsRow;
import no.symbiose.app.accounting.AccountRows.StreamRow;
import no.symbiose.app.accounting.CompanyAccount.Baseline;
import no.symbiose.app.accounting.CompanyAccount.BaselineStatus;
import no.symbiose.app.registry.RegistryQueries;
import no.symbiose.app.registry.RegistryViews.CompanyView;
import no.symbiose.app.security.Viewer;
import no.symbiose.engine.accounting.ClimateAccount;
import no.symbiose.engine.accounting.ClimateAccount.UpstreamTransportAccount;
import no.symbiose.engine.accounting.ClimateAccounting;
import no.symbiose.engine.accounting.EnergyAccount;
import no.symbiose.engine.accounting.EnergyAccounting;
import no.symbiose.engine.accounting.ResourceFlows;
import no.symbiose.engine.accounting.ResourceFlows.Flow;
import no.symbiose.engine.accounting.UpstreamTransport;
import no.symbiose.engine.accounting.UpstreamTransport.Shipment;
import no.symbiose.engine.registry.EwcCode;
import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.registry.StreamDirection;
import no.symbiose.engine.registry.TreatmentCode;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.units.AnnualQuantity;
import no.symbiose.engine.units.FlowUnit;
import no.symbiose.engine.units.MegawattHours;
import no.symbiose.engine.units.Tonnes;
import no.symbiose.engine.units.TonnesCo2e;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's climate and energy account for one year, for one viewer. The account exists
 * for the viewer only when the viewer may see the company's facts of that year (else it
 * is not found, as the registry answers); it is made only of rows the viewer may see, and
 * a figure that would need a withheld row is unknown, not smaller.
 */
@Service
public class CompanyAccounts {

	private final RegistryQueries registry;

	private final AccountRows rows;

	private final AccountFactors factors;

	private final UpstreamTransport transport = new UpstreamTransport(KnowledgeBase.builtIn().factors());

	CompanyAccounts(RegistryQueries registry, AccountRows rows, AccountFactors factors) {
		this.registry = registry;
		this.rows = rows;
		this.factors = factors;
	}

	/** The years of the company's facts the viewer may see, newest first. */
	@Transactional(readOnly = true)
	public List<Integer> years(long companyId, Viewer viewer) {
		return this.rows.facts(companyId, null, viewer)
			.stream()
			.filter(FactsRow::visible)
			.map(row -> row.facts().year())
			.distinct()
			.toList();
	}

	/**
	 * @param year the year, or null for the newest the viewer may see
	 * @return empty when the company is unknown or the viewer may see no facts of it for
	 * the year
	 */
	@Transactional(readOnly = true)
	public Optional<CompanyAccount> account(String companyKey, @Nullable Integer year, Viewer viewer) {
		Optional<CompanyView> company = this.registry.company(companyKey);
		if (company.isEmpty()) {
			return Optional.empty();
		}
		List<FactsRow> visible = this.rows.facts(company.get().id(), null, viewer)
			.stream()
			.filter(FactsRow::visible)
			.toList();
		Optional<FactsRow> facts = visible.stream()
			.filter(row -> year == null || row.facts().year() == year)
			.findFirst();
		if (facts.isEmpty()) {
			return Optional.empty();
		}
		FactsRow row = facts.get();
		int accountYear = row.facts().year();
		List<Integer> years = visible.stream().map(r -> r.facts().year()).distinct().toList();
		Parts parts = parts(row, this.rows.exchanges(row.companyId(), accountYear, viewer),
				this.rows.streams(row.companyId(), accountYear, viewer), true);
		Optional<FactsRow> baselineRow = visible.stream()
			.filter(r -> r.facts().year() == CompanyAccount.BASELINE_YEAR)
			.findFirst();
		ClimateAccount baselineAccount = accountYear <= CompanyAccount.BASELINE_YEAR ? null
				: baselineRow.map(this::baselineAccount).orElse(null);
		ClimateAccount climate = ClimateAccounting.of(row.facts(), parts.factors().climate(), parts.transport(),
				baselineAccount);
		return Optional.of(new CompanyAccount(row.companyId(), row.companyKey(), row.companyName(), accountYear, years,
				row.facts().source(), row.facts().confidentiality().key(), climate, parts.energy(), parts.flows(),
				parts.factors(), baseline(climate, baselineAccount, baselineRow.isPresent()), parts.receivedWithheld(),
				parts.deliveredWithheld(), parts.streamsWithheld(), parts.secondaryMaterials()));
	}

	/** The parts of one company's account that come from more than its facts row. */
	record Parts(FactorSet factors, UpstreamTransportAccount transport, EnergyAccount energy, ResourceFlows flows,
			@Nullable Tonnes secondaryMaterials, int receivedWithheld, int deliveredWithheld, int streamsWithheld) {
	}

	/**
	 * Works out the parts of one company-year from its exchanges and streams.
	 * @param withhold true for a company's own account: rows the viewer may not see are
	 * withheld; false for aggregates, which use every row and disclose afterwards
	 */
	Parts parts(FactsRow row, List<ExchangeRow> exchanges, List<StreamRow> streams, boolean withhold) {
		long company = row.companyId();
		int year = row.facts().year();
		FactorSet factorSet = this.factors.forYear(year);
		List<Shipment> shipments = new ArrayList<>();
		int receivedWithheld = 0;
		int deliveredWithheld = 0;
		double delivered = 0;
		for (ExchangeRow exchange : exchanges) {
			boolean hidden = withhold && !exchange.visible();
			if (exchange.demandCompanyId() == company) {
				if (hidden) {
					receivedWithheld++;
				}
				else {
					shipments.add(shipment(exchange));
				}
			}
			if (exchange.supplyCompanyId() == company && exchange.heat()) {
				if (hidden) {
					deliveredWithheld++;
				}
				else if (exchange.unit().equals(FlowUnit.MEGAWATT_HOURS_PER_YEAR.symbol())) {
					delivered += exchange.quantity();
				}
			}
		}
		UpstreamTransportAccount transport = this.transport.account(shipments);
		if (receivedWithheld > 0) {
			transport = new UpstreamTransportAccount(null, transport.lines(), transport.truck(), transport.detour());
		}
		List<Optional<MegawattHours>> excessHeat = new ArrayList<>();
		List<Flow> flows = new ArrayList<>();
		int streamsWithheld = 0;
		for (StreamRow stream : streams) {
			if (stream.companyId() != company) {
				continue;
			}
			StreamDirection direction = StreamDirection.fromKey(stream.direction());
			boolean heat = stream.heatMedium() != null;
			if (withhold && !stream.visible()) {
				streamsWithheld++;
				if (direction == StreamDirection.EXCESS_HEAT) {
					excessHeat.add(Optional.empty());
				}
				else if (!heat) {
					flows.add(Flow.withheld(direction));
				}
				continue;
			}
			AnnualQuantity quantity = quantity(stream);
			if (direction == StreamDirection.EXCESS_HEAT) {
				excessHeat.add(Optional.ofNullable(quantity)
					.filter(q -> q.unit() == FlowUnit.MEGAWATT_HOURS_PER_YEAR)
					.map(AnnualQuantity::asMegawattHours));
			}
			flows.add(new Flow(direction, stream.name(), heat, quantity,
					stream.ewcCode() == null ? null : new EwcCode(stream.ewcCode()),
					stream.treatmentCode() == null ? null : TreatmentCode.of(stream.treatmentCode())));
		}
		Map<EwcCode, Boolean> hazard = streams.stream()
			.filter(s -> s.ewcCode() != null && s.hazardous() != null)
			.collect(Collectors.toMap(s -> new EwcCode(s.ewcCode()), StreamRow::hazardous, (a, b) -> a));
		Function<EwcCode, @Nullable Boolean> hazardous = hazard::get;
		EnergyAccount energy = EnergyAccounting.of(row.facts(), excessHeat,
				deliveredWithheld > 0 ? null : MegawattHours.of(delivered));
		return new Parts(factorSet, transport, energy, ResourceFlows.of(flows, hazardous),
				secondaryMaterials(transport, receivedWithheld), receivedWithheld, deliveredWithheld, streamsWithheld);
	}

	/**
	 * The facts row's climate account with no transport: the baseline compares scope 1+2.
	 */
	ClimateAccount baselineAccount(FactsRow row) {
		return ClimateAccounting.of(row.facts(), this.factors.forYear(row.facts().year()).climate(),
				this.transport.account(List.of()), null);
	}

	static Baseline baseline(ClimateAccount account, @Nullable ClimateAccount baseline, boolean baselineVisible) {
		if (account.year() == CompanyAccount.BASELINE_YEAR) {
			return new Baseline(BaselineStatus.THIS_YEAR, null, account.scope1And2LocationBased(), null);
		}
		if (account.year() < CompanyAccount.BASELINE_YEAR) {
			return new Baseline(BaselineStatus.BEFORE, null, account.scope1And2LocationBased(), null);
		}
		if (baseline == null || !baselineVisible) {
			return new Baseline(BaselineStatus.NONE, null, account.scope1And2LocationBased(), null);
		}
		TonnesCo2e then = baseline.scope1And2LocationBased();
		TonnesCo2e now = account.scope1And2LocationBased();
		return account.changeAgainstBaseline() == null ? new Baseline(BaselineStatus.UNKNOWN, then, now, null)
				: new Baseline(BaselineStatus.KNOWN, then, now, account.changeAgainstBaseline());
	}

	private static Shipment shipment(ExchangeRow exchange) {
		MaterialClass material = null;
		if (exchange.materialClass() != null) {
			try {
				material = MaterialClass.fromKey(exchange.materialClass());
			}
			catch (RuntimeException unknownClass) {
				// a class outside the list has no density; the line says so
			}
		}
		return new Shipment("#" + exchange.synergyId(),
				AnnualQuantity.of(exchange.quantity(), FlowUnit.fromSymbol(exchange.unit())), material, exchange.heat(),
				exchange.from(), exchange.to());
	}

	private static @Nullable AnnualQuantity quantity(StreamRow stream) {
		return stream.quantity() == null || stream.unit() == null ? null
				: AnnualQuantity.of(stream.quantity(), FlowUnit.fromSymbol(stream.unit()));
	}

	/** Tonnes received through realised exchanges; unknown when one has no tonnes. */
	private static @Nullable Tonnes secondaryMaterials(UpstreamTransportAccount transport, int withheld) {
		if (withheld > 0) {
			return null;
		}
		double tonnes = 0;
		for (ClimateAccount.TransportLine line : transport.lines()) {
			if (line.tonnes() == null) {
				return null;
			}
			tonnes += line.tonnes().value();
		}
		return Tonnes.of(tonnes);
	}

}
