package io.runrub.planner.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rules' sentences, kept in messages.properties with the rest of the copy (keys {@code planner.*}). The rules
 * stay plain Java: the bundle is read with the JDK's {@link ResourceBundle}, a sentence with arguments is a
 * {@link MessageFormat} as Spring's message source would make it (an apostrophe is written {@code ''}).
 *
 * <p>
 * Moved so far: the sentences about health answers, the adjustments (what was changed and why), and the reasons and
 * warnings of the TIME-*, TYPE-* and FREQ-* rules ({@code planner.rule.<rule id>.<name>}). The CARE-* sentences are
 * still English literals in their rule classes.
 */
final class RuleTexts {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private RuleTexts() {
	}

	static String text(String key, Object... args) {
		String pattern = BUNDLE.getString(key);
		return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
	}

	static boolean has(String key) {
		return BUNDLE.containsKey(key);
	}

}
