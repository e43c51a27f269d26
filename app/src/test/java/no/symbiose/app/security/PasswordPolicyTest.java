package no.symbiose.app.security;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(messages());

	@Test
	void aShortPasswordIsRefusedWithItsLength() {
		assertThat(this.policy.problems("Tr0ll-4Hest", "kari", "Kari Nordmann", Locale.forLanguageTag("nb")))
			.containsExactly("Passordet må ha minst 12 tegn; dette har 11.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "123456789012", "qwertyuiopasdf", "aaaaaaaaaaaaaaaa", "abcdefghijklmnop",
			"Password2024!", "iloveyou12345", "kari.nordmann1" })
	void commonKeyboardSequentialAndPersonalPasswordsAreRefused(String guessable) {
		List<String> problems = this.policy.problems(guessable, "kari.nordmann", "Kari Nordmann", Locale.ENGLISH);

		assertThat(problems).isNotEmpty();
		assertThat(String.join(" ", problems)).containsAnyOf("too easy to guess", "may not contain the username");
	}

	@Test
	void theUsernameInsideThePasswordIsRefusedWhateverTheCase() {
		assertThat(this.policy.problems("vinter-KARI-hytte-fjell-97", "kari", "Kari", Locale.ENGLISH))
			.contains("The password may not contain the username.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "korrekt hest batteri stift", "slagg og fjernvarme i Grenland",
			"Mo i Rana har varme nok til alle" })
	void aPassphraseOfOrdinaryWordsIsAccepted(String passphrase) {
		assertThat(this.policy.problems(passphrase, "kari", "Kari Nordmann", Locale.forLanguageTag("nb"))).isEmpty();
	}

	@Test
	void tooLongIsRefusedBeforeAnythingIsEstimated() {
		assertThat(this.policy.problems("x".repeat(129), "kari", "Kari", Locale.ENGLISH))
			.containsExactly("The password may have at most 128 characters.");
	}

	@Test
	void theFeedbackSpeaksBokmal() {
		String problem = String.join(" ",
				this.policy.problems("passwordpassword", "kari", "Kari", Locale.forLanguageTag("nb")));

		assertThat(problem).startsWith("Passordet er for lett å gjette (styrke")
			.doesNotContain("password is", "Add another");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
