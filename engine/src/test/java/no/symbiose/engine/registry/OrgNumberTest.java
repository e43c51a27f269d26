package no.symbiose.engine.registry;

import org.junit.jupiter.api.Test;

import static no.symbiose.engine.registry.ViolationAssert.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Weights 3 2 7 6 5 4 3 2 on the first eight digits; check = 11 − (sum mod 11), 11 → 0,
 * 10 → invalid.
 */
class OrgNumberTest {

	@Test
	void acceptsEquinor() {
		// 9·3 + 2·2 + 3·7 + 6·6 + 0·5 + 9·4 + 0·3 + 1·2 = 27+4+21+36+0+36+0+2 = 126; 126
		// mod 11 = 5; 11 − 5 = 6 ✓
		assertThat(OrgNumber.of("923609016").value()).isEqualTo("923609016");
	}

	@Test
	void acceptsAnotherValidNumber() {
		// 986228608: 9·3 + 8·2 + 6·7 + 2·6 + 2·5 + 8·4 + 6·3 + 0·2 =
		// 27+16+42+12+10+32+18+0 = 157;
		// 157 mod 11 = 3; 11 − 3 = 8 ✓
		assertThat(OrgNumber.of("986228608").value()).isEqualTo("986228608");
	}

	@Test
	void acceptsCheckDigitZeroWhenTheRemainderIsZero() {
		// 100000040: 1·3 + 4·2 = 11; 11 mod 11 = 0 → check digit 0
		assertThat(OrgNumber.of("100000040").value()).isEqualTo("100000040");
	}

	@Test
	void rejectsOrgNumberWithBadCheckDigit() {
		// 12345678x: 3+4+21+24+25+24+21+16 = 138; 138 mod 11 = 6; 11 − 6 = 5, but 9 given
		assertThatThrownBy(() -> OrgNumber.of("123456789")).isInstanceOf(RuleViolation.class)
			.hasMessage("Organisation number 123456789 has check digit 9, expected 5 (mod 11)")
			.extracting(e -> ((RuleViolation) e).arguments())
			.asList()
			.containsExactly("123456789", 9, 5);
	}

	@Test
	void rejectsANumberWhoseCheckDigitWouldBeTen() {
		// 40000000x: 4·3 = 12; 12 mod 11 = 1; 11 − 1 = 10: no single digit fits
		assertViolates("registry.orgNumber.noCheckDigit", () -> OrgNumber.of("400000000"));
	}

	@Test
	void rejectsAnythingButNineDigits() {
		assertViolates("registry.orgNumber.format", () -> OrgNumber.of("92360901"));
		assertViolates("registry.orgNumber.format", () -> OrgNumber.of("9236090160"));
		assertViolates("registry.orgNumber.format", () -> OrgNumber.of("92360901A"));
	}

	@Test
	void parsesANumberWrittenWithSpaces() {
		assertThat(OrgNumber.parse(" 923 609 016 ")).isEqualTo(OrgNumber.of("923609016"));
	}

}
