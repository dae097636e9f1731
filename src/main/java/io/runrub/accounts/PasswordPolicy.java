package io.runrub.accounts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 2.1): at least {@value #MIN_CHARACTERS} characters, at most
 * {@value #MAX_BYTES} bytes (BCrypt reads no further, so a longer one would be cut short unseen), not built from the
 * person's own email or name, and not common or breached. The last two are zxcvbn's judgement (zxcvbn4j ships the
 * frequency lists of common and leaked passwords and takes the person's own words as a dictionary): a password it
 * scores below 3 ("safely unguessable: moderate protection from an offline attack") is refused.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_CHARACTERS = 10;

	public static final int MAX_BYTES = 72;

	static final int MIN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * Refuses a password that does not meet the policy, saying why.
	 * @throws DomainException.RuleViolation with code {@code password-too-short}, {@code password-too-long},
	 * {@code password-personal} or {@code password-guessable}
	 */
	public void check(String password, String email, String name) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
			throw DomainException.refused("password-too-short", MIN_CHARACTERS);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw DomainException.refused("password-too-long", MAX_BYTES);
		}
		List<String> own = ownWords(email, name);
		String lower = password.toLowerCase(Locale.ROOT);
		Strength strength = zxcvbn.measure(password, own);
		boolean personal = own.stream().anyMatch(word -> word.length() >= 4 && lower.contains(word))
				|| strength.getSequence().stream().anyMatch(PasswordPolicy::isOwnWord);
		if (personal) {
			throw DomainException.refused("password-personal");
		}
		if (strength.getScore() < MIN_SCORE) {
			throw DomainException.refused("password-guessable");
		}
	}

	private static boolean isOwnWord(Match match) {
		return "user_inputs".equals(match.dictionaryName);
	}

	/** The person's email, its parts and their name and its parts, lower case. */
	static List<String> ownWords(String email, String name) {
		List<String> words = new ArrayList<>();
		if (email != null && !email.isBlank()) {
			String normalised = email.strip().toLowerCase(Locale.ROOT);
			words.add(normalised);
			int at = normalised.indexOf('@');
			if (at > 0) {
				String local = normalised.substring(0, at);
				words.add(local);
				for (String part : local.split("[^\\p{L}\\p{N}]+")) {
					if (part.length() >= 3) {
						words.add(part);
					}
				}
			}
		}
		if (name != null && !name.isBlank()) {
			String lower = name.strip().toLowerCase(Locale.ROOT);
			words.add(lower);
			words.add(lower.replaceAll("\\s+", ""));
			for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
				if (part.length() >= 3) {
					words.add(part);
				}
			}
		}
		return words;
	}

}
