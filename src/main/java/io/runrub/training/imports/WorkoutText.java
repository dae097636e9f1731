package io.runrub.training.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.runrub.training.RacePriority;
import io.runrub.training.SessionType;

/**
 * What the words of a planned workout say: its type, duration, distance and, for a race, its priority. Training
 * plans are free text ("Run: 6x800m @ 5k pace", "Long Run 1:45:00", "Berlin Marathon (A)"), so the rules are
 * conservative. The title speaks first and the description only when the title says nothing, because descriptions
 * mention rest, race pace and recovery jogs inside every interval session. A duration or distance is taken only when
 * it is labelled ("Duration: 1:15:00") or is the only one in the text; a repetition ("6 x 800m") or a pace ("5k
 * pace") is never one. Anything ambiguous is left out rather than guessed.
 */
record WorkoutText(String title, String description) {

	static final double HALF_MARATHON_METERS = 21_097.5;

	static final double MARATHON_METERS = 42_195;

	static final double PARKRUN_METERS = 5_000;

	static final double MILE_METERS = 1_609.344;

	/** "5k pace", "10k race pace", "half marathon effort", "race pace", "MP": a pace, not a distance or a race. */
	private static final Pattern PACE_REFERENCE = Pattern.compile(
			"(?:\\b(?:half[ -]?)?marathon|\\b\\d+(?:\\.\\d+)?\\s*(?:k|km|mi|miles?)|\\bhm|\\bmp|\\brace)(?:[ -]?race)?[ -]?(?:pace|effort|speed)\\b");

	/** "6 x 20s strides" belong to an easy run and do not make it an interval session. */
	private static final Pattern STRIDES = Pattern.compile("\\d+\\s*x\\s*[^,.;\\n]*?strides");

	private static final Pattern RACE = Pattern.compile("\\brace\\b|\\bparkrun\\b");

	private static final Pattern MARATHON = Pattern.compile("\\bmarathon\\b");

	private static final Pattern CROSS = Pattern.compile(
			"\\bcross\\b(?![ -]?country)|\\bbike\\b|\\bbiking\\b|\\bcycl\\w*|\\bride\\b|\\bspin\\b|\\bswim\\w*|\\bstrength\\b|\\bgym\\b|\\byoga\\b|\\bpilates\\b|\\bweights\\b|\\belliptical\\b");

	private static final Pattern RUNNING = Pattern.compile("\\brun\\b|\\bruns\\b|\\brunning\\b|\\bjog\\w*");

	private static final Pattern HILLS = Pattern.compile("\\bhills?\\b");

	private static final Pattern INTERVALS = Pattern.compile(
			"\\binterval\\w*|\\breps?\\b|\\brepeats?\\b|\\brepetitions?\\b|\\bvo2|\\bfartlek\\b|\\btrack\\b|\\b\\d+\\s*x\\s*\\(?\\s*\\d");

	private static final Pattern TEMPO = Pattern.compile("\\btempo\\b|\\bthreshold\\b|\\bcruise\\b|\\blactate\\b");

	private static final Pattern LONG = Pattern.compile("\\blong\\b");

	private static final Pattern EASY = Pattern.compile("\\beasy\\b|\\brecovery\\b|\\bbase\\b|\\bshake ?out\\b");

	private static final Pattern REST = Pattern.compile("\\brest\\b|\\bday off\\b|\\boff day\\b");

	private static final Pattern HOURS_MINUTES_SECONDS = Pattern
		.compile("(?<![\\d:])(\\d{1,2}):([0-5]\\d):([0-5]\\d)(?![\\d:])");

	/** "45:00", but not a pace ("4:30/km", "4:30 min/km") or a time of day ("7:30 am"). */
	private static final Pattern MINUTES_SECONDS = Pattern.compile(
			"(?<![\\d:])(\\d{1,3}):([0-5]\\d)(?![\\d:])(?!\\s*(?:/|min\\s*/|mins\\s*/|per\\b|am\\b|pm\\b|a\\.m|p\\.m))");

	private static final Pattern HOURS = Pattern.compile(
			"(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(?:hours|hour|hrs|hr|h)\\b\\s*(?:(\\d{1,2})\\s*(?:minutes|minute|mins|min|m)\\b)?");

	private static final Pattern MINUTES = Pattern
		.compile("(?<![\\d.:])(\\d{1,3})\\s*(?:minutes|minute|mins|min|')(?![a-z/])");

	private static final Pattern KILOMETERS = Pattern
		.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(?:kilometers|kilometres|kms|km|k)\\b");

	private static final Pattern MILES = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(?:miles|mile|mi)\\b");

	private static final Pattern HALF_MARATHON = Pattern.compile("\\bhalf[ -]?marathon\\b");

	private static final Pattern PARKRUN = Pattern.compile("\\bparkrun\\b");

	private static final List<Reading> DURATIONS = List.of(
			new Reading(HOURS_MINUTES_SECONDS,
					m -> Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
							+ Integer.parseInt(m.group(3))),
			new Reading(HOURS,
					m -> Double.parseDouble(m.group(1)) * 3600
							+ (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) * 60)),
			new Reading(MINUTES_SECONDS, m -> Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))),
			new Reading(MINUTES, m -> Integer.parseInt(m.group(1)) * 60));

	private static final List<Reading> DISTANCES = List.of(new Reading(HALF_MARATHON, m -> HALF_MARATHON_METERS),
			new Reading(MARATHON, m -> MARATHON_METERS), new Reading(PARKRUN, m -> PARKRUN_METERS),
			new Reading(KILOMETERS, m -> Double.parseDouble(m.group(1)) * 1000),
			new Reading(MILES, m -> Double.parseDouble(m.group(1)) * MILE_METERS));

	private static final Reading METERS = new Reading(
			Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(?:meters|metres|m)\\b"),
			m -> Double.parseDouble(m.group(1)));

	private static final Pattern DURATION_LABEL = Pattern
		.compile("(?:duration|total time|planned time|moving time)\\s*[:=-]?\\s*$");

	private static final Pattern DISTANCE_LABEL = Pattern
		.compile("(?:distance|total distance|planned distance)\\s*[:=-]?\\s*$");

	/** Before a number: it is one of several repetitions ("6 x 800m", "2 x (3 x 1 km)"). */
	private static final Pattern REPEATED = Pattern.compile("\\d\\s*x\\s*\\(?\\s*$");

	/** After a duration: it is the recovery between repetitions ("2 min rest"). */
	private static final Pattern RECOVERY_AFTER = Pattern.compile("^\\s*(?:rest|recovery|recover|jog|walk|float)\\b");

	private static final Pattern PRIORITY = Pattern.compile(
			"\\b([ABC])[ -]?(?i:race|priority)\\b|\\(([ABC])\\)|\\[([ABC])\\]|(?i:priority)\\s*[:=]?\\s*([ABCabc])\\b");

	/** Scores named with another company's trademarks ("TSS 81, IF 0.64"), which RunRub does not show. */
	private static final Pattern TRADEMARKED_SCORE = Pattern
		.compile("\\b(?:TSS|IF)\\b\\s*[:=]?\\s*\\d*\\.?\\d+\\s*[,;/|.]?\\s*");

	/** The type the words name, or empty when they name none. */
	Optional<SessionType> type() {
		Optional<SessionType> fromTitle = typeOf(title);
		return fromTitle.isPresent() ? fromTitle : typeOf(description);
	}

	/**
	 * Order matters: a race is a race whatever else it says; a named other sport is cross-training unless the text
	 * also speaks of running ("easy run + strength"); a quality element makes a quality session ("long run with tempo
	 * finish" is tempo); "rest" counts only when nothing else matched, since interval sessions rest between reps; and
	 * "marathon" alone names a race only when nothing else matched ("Marathon training: long run").
	 */
	private static Optional<SessionType> typeOf(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String words = normalised(text);
		if (RACE.matcher(words).find()) {
			return Optional.of(SessionType.RACE);
		}
		boolean cross = CROSS.matcher(words).find();
		if (cross && !RUNNING.matcher(words).find()) {
			return Optional.of(SessionType.CROSS);
		}
		if (HILLS.matcher(words).find()) {
			return Optional.of(SessionType.HILLS);
		}
		if (INTERVALS.matcher(words).find()) {
			return Optional.of(SessionType.INTERVALS);
		}
		if (TEMPO.matcher(words).find()) {
			return Optional.of(SessionType.TEMPO);
		}
		if (LONG.matcher(words).find()) {
			return Optional.of(SessionType.LONG);
		}
		if (EASY.matcher(words).find()) {
			return Optional.of(SessionType.EASY);
		}
		if (cross) {
			return Optional.of(SessionType.CROSS);
		}
		if (REST.matcher(words).find()) {
			return Optional.of(SessionType.REST);
		}
		if (MARATHON.matcher(words).find()) {
			return Optional.of(SessionType.RACE);
		}
		return Optional.empty();
	}

	/** Seconds: a labelled duration, else the only duration in the title, else the only one in the description. */
	Integer durationSeconds() {
		Double seconds = measure(DURATIONS, DURATION_LABEL, true);
		return seconds == null || seconds <= 0 ? null : (int) Math.round(seconds);
	}

	/**
	 * Meters: a labelled distance, else the only distance in the title, else the only one in the description.
	 * Unlabelled metres are ignored: "800m" in a plan is nearly always a repetition.
	 */
	Double distanceMeters() {
		for (String text : new String[] { title, description }) {
			for (Candidate candidate : candidates(text, List.of(METERS), false)) {
				if (candidate.labelled(DISTANCE_LABEL)) {
					return candidate.value();
				}
			}
		}
		return measure(DISTANCES, DISTANCE_LABEL, false);
	}

	/** "A race", "(B)", "[C]", "Priority: A"; otherwise A for a half marathon or longer, B for anything shorter. */
	RacePriority racePriority(Double distanceMeters) {
		for (String text : new String[] { title, description }) {
			if (text == null) {
				continue;
			}
			Matcher matcher = PRIORITY.matcher(text);
			if (matcher.find()) {
				for (int group = 1; group <= matcher.groupCount(); group++) {
					if (matcher.group(group) != null) {
						return RacePriority.valueOf(matcher.group(group).toUpperCase(Locale.ROOT));
					}
				}
			}
		}
		String words = normalised((title == null ? "" : title) + " " + (description == null ? "" : description));
		boolean marathon = MARATHON.matcher(words).find() || HALF_MARATHON.matcher(words).find();
		return marathon || (distanceMeters != null && distanceMeters >= HALF_MARATHON_METERS) ? RacePriority.A
				: RacePriority.B;
	}

	/** The text without "TSS 81, IF 0.64" and the like; null stays null. */
	static String withoutTrademarkedScores(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = TRADEMARKED_SCORE.matcher(text).replaceAll("");
		return cleaned.replaceAll("^[\\s,.;:/|-]+", "").replaceAll("[ \\t]{2,}", " ").strip();
	}

	private Double measure(List<Reading> readings, Pattern label, boolean excludeRecoveries) {
		for (String text : new String[] { title, description }) {
			for (Candidate candidate : candidates(text, readings, excludeRecoveries)) {
				if (candidate.labelled(label)) {
					return candidate.value();
				}
			}
		}
		for (String text : new String[] { title, description }) {
			List<Candidate> candidates = candidates(text, readings, excludeRecoveries);
			if (!candidates.isEmpty()) {
				return candidates.size() == 1 ? candidates.get(0).value() : null;
			}
		}
		return null;
	}

	/**
	 * Every number the readings find, earlier readings first, without overlaps and without repetitions; durations
	 * followed by a recovery word are left out too.
	 */
	private static List<Candidate> candidates(String text, List<Reading> readings, boolean excludeRecoveries) {
		List<Candidate> found = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return found;
		}
		String words = normalised(text);
		List<int[]> taken = new ArrayList<>();
		for (Reading reading : readings) {
			Matcher matcher = reading.pattern().matcher(words);
			while (matcher.find()) {
				int start = matcher.start();
				int end = matcher.end();
				if (taken.stream().anyMatch(span -> start < span[1] && end > span[0])) {
					continue;
				}
				taken.add(new int[] { start, end });
				String before = words.substring(0, start);
				if (REPEATED.matcher(before).find()
						|| (excludeRecoveries && RECOVERY_AFTER.matcher(words.substring(end)).find())) {
					continue;
				}
				found.add(new Candidate(reading.value().applyAsDouble(matcher), before));
			}
		}
		return found;
	}

	/** Lower case, one kind of "x", and without the phrases that look like something they are not. */
	private static String normalised(String text) {
		String words = text.toLowerCase(Locale.ROOT).replace('×', 'x');
		words = PACE_REFERENCE.matcher(words).replaceAll(" pace ");
		return STRIDES.matcher(words).replaceAll(" ");
	}

	/** A way of writing a quantity, and what it amounts to in seconds or metres. */
	private record Reading(Pattern pattern, ToDoubleFunction<MatchResult> value) {
	}

	private record Candidate(double value, String textBefore) {

		boolean labelled(Pattern label) {
			return label.matcher(textBefore).find();
		}

	}

}
