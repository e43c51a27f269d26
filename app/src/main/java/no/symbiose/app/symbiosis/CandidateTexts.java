package no.symbiose.app.symbiosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.symbiose.engine.symbiosis.CandidateFigures;
import no.symbiose.engine.symbiosis.CandidateFlag;
import no.symbiose.engine.symbiosis.Explanation;
import no.symbiose.engine.symbiosis.MatchStream;
import no.symbiose.engine.symbiosis.SymbiosisRule;
import no.symbiose.engine.symbiosis.TransportMode;
import no.symbiose.engine.units.KgCo2e;
import no.symbiose.engine.units.Nok;

/**
 * Says a candidate in bokmål or English: the explanation's steps through
 * {@code i18n/rules*.properties} (numbers in the language's format), flags, transport
 * modes and the description of a side whose stream name is not shown
 * ({@code i18n/messages*.properties}).
 */
@Component
class CandidateTexts {

	private final MessageSource messages;

	CandidateTexts(MessageSource messages) {
		this.messages = messages;
	}

	static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	CandidateView.RuleRef rule(SymbiosisRule rule, Locale locale) {
		return new CandidateView.RuleRef(rule.id(), rule.name(english(locale)), rule.kind().key());
	}

	String mode(TransportMode mode, Locale locale) {
		return message("symbiosis.mode." + mode.key(), locale);
	}

	List<CandidateView.FlagView> flags(Set<CandidateFlag> flags, Locale locale) {
		return flags.stream()
			.map(flag -> new CandidateView.FlagView(flag.key(), message("symbiosis.flag." + flag.key(), locale),
					message("symbiosis.flag." + flag.key() + ".help", locale)))
			.toList();
	}

	/**
	 * The explanation as sentences. Steps carry bokmål and English variants of a text
	 * side by side ({@code rules*.properties} picks one); a transport mode's key is said
	 * in the language.
	 */
	List<String> explanation(Explanation explanation, Locale locale) {
		List<String> sentences = new ArrayList<>(explanation.steps().size());
		for (Explanation.Step step : explanation.steps()) {
			Object[] args = step.args().toArray();
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof String text) {
					for (TransportMode mode : TransportMode.values()) {
						if (mode.key().equals(text)) {
							args[i] = mode(mode, locale);
						}
					}
				}
			}
			sentences.add(this.messages.getMessage(step.key(), args, step.key(), locale));
		}
		return sentences;
	}

	/** What a stream is, for a side whose name is not shown. */
	String describe(MatchStream stream, SymbiosisRule rule, Locale locale) {
		if (stream.isImplicit()) {
			return message("symbiosis.stream.implicit", locale,
					english(locale) ? rule.receivingEn() : rule.receivingNb());
		}
		if (stream.heat()) {
			return message(stream.side() == no.symbiose.engine.symbiosis.MatchSide.SUPPLY
					? "symbiosis.stream.heatSupply" : "symbiosis.stream.heatDemand", locale);
		}
		if (stream.material() != null) {
			String material = this.messages.getMessage("materialClass." + stream.material().key(), null,
					stream.material().key(), locale);
			return stream.ewc() == null ? material
					: message("symbiosis.stream.materialEwc", locale, material, stream.ewc().code());
		}
		if (stream.ewc() != null) {
			return message("symbiosis.stream.ewc", locale, stream.ewc().code());
		}
		return message("symbiosis.stream.unknown", locale);
	}

	String anonymous(@Nullable String countyName, double distanceKm, Locale locale) {
		long km = Math.round(distanceKm);
		return countyName == null ? message("symbiosis.anonymous.noCounty", locale, km)
				: message("symbiosis.anonymous", locale, countyName, km);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	static CandidateView.FiguresView figures(CandidateFigures f) {
		boolean heat = f.isHeat();
		return new CandidateView.FiguresView(f.unit().symbol(), heat ? null : f.quantity(), heat ? f.quantity() : null,
				f.upperBound(), f.tonneKm(), tonnes(f.avoidedVirgin()), tonnes(f.avoidedDisposal()),
				tonnes(f.transport()), tonnes(f.heatPumpElectricity()), tonnes(f.net()), f.netKgCo2ePerUnit(),
				f.heatPumpCop(), f.heatPumpElectricityMwh(), nok(f.value()), nok(f.transportCost()),
				nok(f.electricityCost()), nok(f.investment()), f.netNokPerUnit(), f.paybackYears());
	}

	private static @Nullable Double tonnes(@Nullable KgCo2e kg) {
		return kg == null ? null : kg.tonnes();
	}

	private static @Nullable Long nok(@Nullable Nok nok) {
		return nok == null ? null : nok.value();
	}

}
