package io.runrub.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person reads on a rendered page: the text between the tags, without scripts, styles, tags or attribute
 * values (where ids and enum values belong). Used to check that no code name — an enum constant such as
 * {@code MOVE_PROPOSED} or {@code TOO_TIME_CONSUMING} — reaches a page's visible text.
 */
public final class VisibleText {

	/** An enum constant's name as Java spells it: two or more capitalised words joined by underscores. */
	public static final Pattern CODE_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

	private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>|<!--.*?-->");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	private VisibleText() {
	}

	public static String of(String html) {
		return TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	/** The code names in a page's visible text, each with a little of the text around it. */
	public static List<String> codeNames(String html) {
		String text = of(html);
		List<String> found = new ArrayList<>();
		Matcher matcher = CODE_NAME.matcher(text);
		while (matcher.find()) {
			found.add(text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40)));
		}
		return found;
	}

}
