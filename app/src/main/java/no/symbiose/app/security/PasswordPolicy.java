package no.symbiose.app.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, after NIST SP 800-63B 5.1.1 (length over composition
 * rules, a check against commonly used and compromised values, no hints from the account
 * itself):
 * <ul>
 * <li>at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters (a
 * passphrase of a few words is the easy way there);</li>
 * <li>hard to guess: zxcvbn (Dropbox's estimator, Java port zxcvbn4j) scores it at least
 * {@value #MIN_SCORE} of 4, i.e. above 10^8 guesses, checked against its lists of leaked
 * passwords, names, words, keyboard patterns, sequences, repeats and dates, and against
 * the user's own username and name;</li>
 * <li>not containing the username;</li>
 * <li>not the same as the current password.</li>
 * </ul>
 * No rule demands digits, capitals or symbols, and passwords never expire by age (both
 * make passwords weaker in practice, says 800-63B).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	public static final int MIN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	private final MessageSource messages;

	PasswordPolicy(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param password the new password
	 * @param username whose password it will be
	 * @param displayName their name, as a hint a guesser would try
	 * @param locale the language of the problems
	 * @return what is wrong with it, each a sentence for the person choosing it; empty
	 * when it may be used
	 */
	public List<String> problems(String password, String username, String displayName, Locale locale) {
		List<String> problems = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add(message("password.rule.tooShort", locale, MIN_LENGTH, length));
			return problems;
		}
		if (length > MAX_LENGTH) {
			problems.add(message("password.rule.tooLong", locale, MAX_LENGTH));
			return problems;
		}
		if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problems.add(message("password.rule.containsUsername", locale));
		}
		Strength strength = this.zxcvbn.measure(password, hints(username, displayName));
		if (strength.getScore() < MIN_SCORE) {
			StringBuilder guessable = new StringBuilder(
					message("password.rule.guessable", locale, strength.getScore(), MIN_SCORE));
			var feedback = strength.getFeedback().withResourceBundle(new Feedback(locale));
			String warning = feedback.getWarning(locale);
			if (warning != null && !warning.isBlank()) {
				guessable.append(' ').append(warning);
			}
			for (String suggestion : feedback.getSuggestions(locale)) {
				guessable.append(' ').append(suggestion);
			}
			problems.add(guessable.toString());
		}
		return problems;
	}

	private static List<String> hints(String username, String displayName) {
		List<String> hints = new ArrayList<>();
		hints.add(username);
		hints.add(displayName);
		for (String part : (username + " " + displayName).split("[^\\p{L}\\p{N}]+")) {
			if (part.length() > 2) {
				hints.add(part);
			}
		}
		hints.add("symbiose");
		return hints;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** zxcvbn's warnings and suggestions in the UI's language, from our message files. */
	private final class Feedback extends ResourceBundle {

		private final Locale locale;

		Feedback(Locale locale) {
			this.locale = locale;
		}

		@Override
		protected Object handleGetObject(String key) {
			try {
				return PasswordPolicy.this.messages.getMessage("password." + key, null, this.locale);
			}
			catch (NoSuchMessageException ex) {
				return "";
			}
		}

		@Override
		public Enumeration<String> getKeys() {
			return Collections.emptyEnumeration();
		}

	}

}
