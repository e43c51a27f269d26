package no.symbiose.app.symbiosis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import no.symbiose.engine.registry.MaterialClass;
import no.symbiose.engine.symbiosis.Factor;
import no.symbiose.engine.symbiosis.KnowledgeBase;
import no.symbiose.engine.symbiosis.SymbiosisRule;

/**
 * The knowledge base as the API and the page show it, texts in the request's language.
 * Public: rules and factors are documented knowledge, not registry data.
 */
record KnowledgeBaseView(String version, String factorsVersion, List<RuleView> rules, List<FactorView> factors) {

	/**
	 * @param maxDistanceKm longest great-circle distance by transport mode
	 * @param origin {@code built_in} or {@code administrator}
	 */
	record RuleView(String id, String kind, String origin, String name, String nameNb, String nameEn,
			List<String> supplyClasses, List<String> supplyEwc, List<String> demandClasses, List<String> demandEwc,
			List<String> receivingNace, String receiving, String replaces, String pretreatment,
			@Nullable String avoidedFactor, @Nullable String disposalFactor, @Nullable String valueFactor,
			@Nullable Double demandTemperatureC, Map<String, Double> maxDistanceKm, String source) {

		public boolean administrator() {
			return "administrator".equals(this.origin);
		}

	}

	record FactorView(String key, double value, String unit, String description, String source, @Nullable String year) {
	}

	static KnowledgeBaseView of(KnowledgeBase knowledge, Locale locale) {
		boolean en = CandidateTexts.english(locale);
		List<RuleView> rules = knowledge.rules().stream().map(rule -> rule(rule, en)).toList();
		List<FactorView> factors = knowledge.factors()
			.all()
			.stream()
			.map(f -> new FactorView(f.key(), f.value(), f.unit(), description(f, en), f.source(), f.year()))
			.toList();
		return new KnowledgeBaseView(knowledge.version(), knowledge.factors().version(), rules, factors);
	}

	private static String description(Factor factor, boolean en) {
		return en && !factor.descriptionEn().isBlank() ? factor.descriptionEn() : factor.descriptionNb();
	}

	private static RuleView rule(SymbiosisRule rule, boolean en) {
		Map<String, Double> distances = new LinkedHashMap<>();
		rule.maxDistanceKm().forEach((mode, km) -> distances.put(mode.key(), km));
		return new RuleView(rule.id(), rule.kind().key(), rule.origin().name().toLowerCase(Locale.ROOT), rule.name(en),
				rule.nameNb(), rule.nameEn(), keys(rule.supply().classes()), rule.supply().ewcPrefixes(),
				keys(rule.demand().classes()), rule.demand().ewcPrefixes(), rule.receivingNacePrefixes(),
				en ? rule.receivingEn() : rule.receivingNb(), en ? rule.replacesEn() : rule.replacesNb(),
				en ? rule.pretreatmentEn() : rule.pretreatmentNb(), rule.avoidedFactor(), rule.disposalFactor(),
				rule.valueFactor(), rule.demandTemperature() == null ? null : rule.demandTemperature().value(),
				distances, rule.source());
	}

	private static List<String> keys(java.util.Collection<MaterialClass> classes) {
		return classes.stream().map(MaterialClass::key).sorted().toList();
	}

}
