package no.symbiose.app.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The material-flow analysis as a visitor sees it, on the demo data. Treklyngen's 2024
 * row of report 002 gives three products with tonnes (BCTMP 250 000, biocarbon 20 000,
 * biofuel 250 000 t) and three inputs without; Herøya gives no tonnes at all. The year is
 * named, because other tests may add rows of later years.
 */
class MaterialFlowPageE2eTest extends BrowserTest {

	@Test
	void showsTreklyngensBalanceTableAndDrawsTheSankeyChart() {
		MaterialFlowPage page = MaterialFlowPage.open(browser, "park=treklyngen&ar=2024");
		browser.screenshot("material-flows-treklyngen");

		assertThat(page.heading()).isEqualTo("Materialstrømsanalyse for Treklyngen, 2024");
		assertThat(page.balanceCaption()).isEqualTo("Massebalanse for Treklyngen i 2024, tonn per år");
		// 250 000 + 20 000 + 250 000 = 520 000 t products; inputs have no quantity, so
		// the closing item is 0 − 520 000
		assertThat(page.balance("products")).isEqualTo("520 000");
		assertThat(page.balance("inputs")).isEqualTo("ingen tall");
		assertThat(page.balance("closing-item")).matches("[-\u2212]520 000");
		assertThat(page.withoutQuantity()).contains("3 strømmer er meldt uten mengde", "Innsatsfaktor: 3");
		assertThat(page.chartState()).isEqualTo("true");
		assertThat(page.hasChartCanvas()).isTrue();
		assertThat(page.chartLabel()).contains("Treklyngen", "tabellen Massebalanse");
		assertThat(page.noTonnesMessage()).isEmpty();
	}

	@Test
	void saysPlainlyThatHeroyaHasNoTonnesInsteadOfDrawingAnEmptyChart() {
		MaterialFlowPage page = MaterialFlowPage.open(browser, "park=heroya&ar=2024");
		browser.screenshot("material-flows-heroya");

		assertThat(page.noTonnesMessage()).contains("Ingen mengder i tonn for Herøya Industripark i 2024");
		assertThat(page.hasChart()).isFalse();
		assertThat(page.balance("closing-item")).isEqualTo("ingen tall");
	}

}
