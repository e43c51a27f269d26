package no.symbiose.app.accounting;

import java.util.List;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.accounting.MaterialFlowAccount;

/**
 * What the material-flow page and API show for one scope and year, already disclosed for
 * the viewer.
 *
 * @param account the scope's account: totals from all rows, each cell disclosed
 * @param chapterTitles the title of each EWC chapter in the account, in the page's
 * language
 * @param children the counties of the nation or the parks of a county, each with its own
 * disclosed account; empty for a park
 * @param companies the companies of the scope whose streams the viewer may see, each
 * account computed only from those rows
 * @param exchanges the realised synergies inside the scope that the viewer may read
 * @param refusedRows streams of the scope's companies that break a registry rule (written
 * past the API) and are left out, counted
 */
public record MaterialFlowReport(String scopeName, int year, MaterialFlowAccount account,
		java.util.Map<String, String> chapterTitles, List<Child> children, List<CompanyLine> companies,
		List<ExchangeLine> exchanges, int refusedRows) {

	public MaterialFlowReport {
		chapterTitles = java.util.Map.copyOf(chapterTitles);
		children = List.copyOf(children);
		companies = List.copyOf(companies);
		exchanges = List.copyOf(exchanges);
	}

	/** How many streams of the scope were reported without a quantity. */
	public int streamsWithoutQuantity() {
		return this.account.withoutQuantity().values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The year the rate's change is taken against. */
	public int baselineYear() {
		return no.symbiose.engine.accounting.MaterialFlowAccounting.BASELINE_YEAR;
	}

	/** Streams without a quantity per direction key, in the directions' order. */
	public java.util.Map<String, Integer> withoutQuantityByDirection() {
		java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		for (no.symbiose.engine.registry.StreamDirection direction : no.symbiose.engine.registry.StreamDirection
			.values()) {
			Integer count = this.account.withoutQuantity().get(direction);
			if (count != null) {
				counts.put(direction.key(), count);
			}
		}
		return counts;
	}

	/**
	 * The Sankey bands that are hidden, which the chart leaves out and the page names.
	 */
	public List<MaterialFlowAccount.SankeyLink> leftOutOfTheChart() {
		return this.account.sankey().stream().filter(link -> link.amount().isSuppressed()).toList();
	}

	/** The boxes of the Sankey diagram, for their labels. */
	public List<MaterialFlowAccount.SankeyNode> sankeyNodes() {
		return List.of(MaterialFlowAccount.SankeyNode.values());
	}

	/** A county or park one level down. */
	public record Child(AccountScope scope, String name, MaterialFlowAccount account) {

		/** {@code fylke=40} or {@code park=heroya}. */
		public String query() {
			return (this.scope.level() == AccountScope.Level.COUNTY ? "fylke=" : "park=") + this.scope.key();
		}

	}

	/** A company's own figures, from the rows the viewer may see. */
	public record CompanyLine(String companyKey, String name, MaterialFlowAccount account) {
	}

	/**
	 * A synergy that moved tonnes between two companies of the scope in the year.
	 *
	 * @param tonnes the realised quantity in t/yr
	 */
	public record ExchangeLine(long synergyId, String title, String supplierKey, String supplierName,
			String receiverKey, String receiverName, double tonnes, @Nullable String supplyStreamKey) {
	}

}
