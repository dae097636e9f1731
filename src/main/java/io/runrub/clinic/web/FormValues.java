package io.runrub.clinic.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.runrub.shared.Modality;

import static io.runrub.clinic.web.InvalidInput.label;

/**
 * Reads what a person typed into the admin forms. Forms bind plain text, so a bad number or time can never become a
 * binding error or a stack trace: each reader returns a value or throws {@link InvalidInput} naming the field (by
 * its label's message key) and the problem.
 */
final class FormValues {

	private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");

	private FormValues() {
	}

	static String required(String value, String field, int maxLength) {
		String text = optional(value, field, maxLength);
		if (text.isEmpty()) {
			throw new InvalidInput("admin.error.required", label(field));
		}
		return text;
	}

	static String optional(String value, String field, int maxLength) {
		String text = value == null ? "" : value.strip();
		if (text.length() > maxLength) {
			throw new InvalidInput("admin.error.tooLong", label(field), maxLength);
		}
		return text;
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	static int whole(String value, String field, int min, int max) {
		String text = value == null ? "" : value.strip();
		if (!WHOLE.matcher(text).matches()) {
			throw new InvalidInput("admin.error.whole", label(field), min, max);
		}
		int number = Integer.parseInt(text);
		if (number < min || number > max) {
			throw new InvalidInput("admin.error.whole", label(field), min, max);
		}
		return number;
	}

	/** A time of day as a browser's time field sends it (09:30, or 09:30:00). */
	static LocalTime time(String value) {
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A local date and time as a browser's datetime-local field sends it (2026-12-01T09:00). */
	static LocalDateTime dateTime(String value, String field) {
		if (isBlank(value)) {
			throw new InvalidInput("admin.error.required", label(field));
		}
		try {
			return LocalDateTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("admin.error.dateTime", label(field));
		}
	}

	/** An amount in currency units with at most two decimals (65, 65.5, 65.00, or 65,00) as cents. */
	static int cents(String value, String field) {
		String text = value == null ? "" : value.strip();
		if (!AMOUNT.matcher(text).matches()) {
			throw new InvalidInput("admin.error.price", label(field));
		}
		return new BigDecimal(text.replace(',', '.')).movePointRight(2).intValueExact();
	}

	static String amount(int cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}

	static Modality modality(String value) {
		try {
			return Modality.valueOf(value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("admin.error.modality.unknown");
		}
	}

	static Set<Modality> modalities(List<String> values) {
		if (values == null || values.isEmpty()) {
			throw new InvalidInput("admin.error.modality.none");
		}
		Set<Modality> modalities = EnumSet.noneOf(Modality.class);
		for (String value : values) {
			modalities.add(modality(value));
		}
		return modalities;
	}

	/** A checkbox: present (with any value but "false") when ticked, absent when not. */
	static boolean ticked(String value) {
		return value != null && !"false".equalsIgnoreCase(value.strip());
	}

}
