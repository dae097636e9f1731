package io.runrub.training.hard;

import java.util.Locale;
import java.util.Optional;

import io.runrub.training.HardSignal;
import io.runrub.training.SessionType;

/**
 * Decides whether a session was hard, and records the signal that decided it. Checked in order: race; quality type
 * (intervals, tempo, hills); RPE ≥ 7; intensity (10+ minutes at ≥ 94% of threshold heart rate); long run (≥ 90
 * minutes, or ≥ 25% of the last 7 days' running time); load ≥ 1.5 × the runner's 42-day median session load. The
 * runner's own say overrides all of them. Pure: the context comes in as arguments.
 */
public final class HardSessionRule {

	static final int HARD_RPE = 7;

	static final double INTENSE_MINUTES = 10;

	static final double LONG_RUN_MINUTES = 90;

	static final double LONG_RUN_SHARE_OF_WEEK = 0.25;

	static final double LOAD_FACTOR = 1.5;

	private HardSessionRule() {
	}

	/**
	 * The facts about one session the rule looks at.
	 * @param minutesAtThreshold minutes at ≥ 94% of threshold heart rate, or null when unknown
	 */
	public record Facts(SessionType type, Integer rpe, double minutes, Double minutesAtThreshold, double load,
			Boolean override) {
	}

	/**
	 * The runner's recent training around the session.
	 * @param runningMinutesLast7Days running minutes in the 7 days ending on the session's day, this session included
	 * @param runsLast7Days the runs in those 7 days, this one included
	 * @param medianLoad42Days median load of the runner's sessions in the 42 days before, or null with too few
	 */
	public record Context(double runningMinutesLast7Days, int runsLast7Days, Double medianLoad42Days) {

		public Context(double runningMinutesLast7Days, Double medianLoad42Days) {
			this(runningMinutesLast7Days, MIN_RUNS_FOR_SHARE, medianLoad42Days);
		}

	}

	/**
	 * The share of the week only says "long" in a week of real training: one run of a quiet week is 100% of it, and
	 * that does not make it long.
	 */
	static final int MIN_RUNS_FOR_SHARE = 3;

	public record Verdict(boolean hard, HardSignal signal, String reason) {

		static Verdict easy() {
			return new Verdict(false, null, "No hard-session signal.");
		}

	}

	public static Verdict classify(Facts session, Context context) {
		Verdict computed = computed(session, context);
		if (session.override() == null) {
			return computed;
		}
		return new Verdict(session.override(), HardSignal.SET_BY_RUNNER,
				session.override() ? "You marked this session as hard." : "You marked this session as not hard.");
	}

	private static Verdict computed(Facts session, Context context) {
		if (session.type() == SessionType.REST) {
			return Verdict.easy();
		}
		if (session.type() == SessionType.RACE) {
			return new Verdict(true, HardSignal.RACE, "A race.");
		}
		if (session.type().isQuality()) {
			return new Verdict(true, HardSignal.QUALITY_TYPE,
					"A quality session (" + session.type().name().toLowerCase(Locale.ROOT) + ").");
		}
		if (session.rpe() != null && session.rpe() >= HARD_RPE) {
			return new Verdict(true, HardSignal.RPE, "Rated " + session.rpe() + " out of 10 for effort.");
		}
		if (session.minutesAtThreshold() != null && session.minutesAtThreshold() >= INTENSE_MINUTES) {
			return new Verdict(true, HardSignal.INTENSITY, "%.0f minutes near threshold heart rate."
				.formatted(session.minutesAtThreshold()));
		}
		if (session.type().isRun()) {
			if (session.minutes() >= LONG_RUN_MINUTES) {
				return new Verdict(true, HardSignal.LONG_RUN, "A long run of %.0f minutes.".formatted(session.minutes()));
			}
			if (context.runningMinutesLast7Days() > 0 && context.runsLast7Days() >= MIN_RUNS_FOR_SHARE
					&& session.minutes() >= LONG_RUN_SHARE_OF_WEEK * context.runningMinutesLast7Days()
					&& session.minutes() >= 45) {
				return new Verdict(true, HardSignal.LONG_RUN, "%.0f%% of the week's running time.".formatted(
						100 * session.minutes() / context.runningMinutesLast7Days()));
			}
		}
		Optional<Double> median = Optional.ofNullable(context.medianLoad42Days()).filter(value -> value > 0);
		if (median.isPresent() && session.load() >= LOAD_FACTOR * median.get()) {
			return new Verdict(true, HardSignal.LOAD, "Load %.0f is %.1f × your usual session (%.0f)."
				.formatted(session.load(), session.load() / median.get(), median.get()));
		}
		return Verdict.easy();
	}

}
