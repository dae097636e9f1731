package io.runrub.training.load;

import io.runrub.training.LoadMethod;
import io.runrub.training.SessionType;
import io.runrub.training.imports.HeartRateTrace;

/**
 * The load of one session, from the first method its data allows (see training.md): session RPE, then heart-rate
 * TRIMP, then an estimate from the type. Pure: everything comes in as arguments.
 *
 * <p>
 * One scale for every method: each is calibrated so that an hour at threshold scores {@value #HOUR_AT_THRESHOLD},
 * whichever way it was recorded. For effort that hour is RPE {@value #THRESHOLD_RPE} (CR-10 "very hard", what a
 * runner reports after an hour at threshold) × 60 minutes; for heart rate it is the TRIMP of 60 minutes at the
 * threshold heart rate ({@value #DEFAULT_THRESHOLD_HR} bpm with the default maximum and resting rates).
 */
public final class SessionLoad {

	/** Defaults when the runner has given no heart-rate profile; the page says so. */
	public static final int DEFAULT_MAX_HR = 200;

	public static final int DEFAULT_REST_HR = 60;

	/** Threshold heart rate when the runner has not given one: 90% of the default maximum. */
	public static final int DEFAULT_THRESHOLD_HR = 180;

	/** TRIMP weighting when sex is unknown. */
	static final double TRIMP_A = 0.725;

	static final double TRIMP_B = 1.795;

	/** A heart-rate load above this per hour is not physiological: the recording is wrong, so it is not used. */
	static final double MAX_PLAUSIBLE_TRIMP_PER_HOUR = 400;

	/** A pause in recording longer than this counts only this long. */
	static final int MAX_SAMPLE_SECONDS = 60;

	/** What an hour at threshold scores, whatever the method (the scale TSS made familiar). */
	public static final double HOUR_AT_THRESHOLD = 100;

	/** The session RPE (CR-10) of an hour at threshold. */
	public static final int THRESHOLD_RPE = 7;

	/** RPE × minutes of an hour at threshold: 7 × 60 = 420 raw units score 100. */
	static final double EFFORT_PER_POINT = THRESHOLD_RPE * 60 / HOUR_AT_THRESHOLD;

	/**
	 * Raw TRIMP of an hour at threshold heart rate: 60 · HRr · 0.725 · e^(1.795 · HRr) with HRr = (180 − 60) / (200 −
	 * 60) = 0.857143, which is 173.674.
	 */
	static final double TRIMP_PER_POINT = 60 * weighted(reserve(DEFAULT_THRESHOLD_HR, DEFAULT_MAX_HR, DEFAULT_REST_HR))
			/ HOUR_AT_THRESHOLD;

	private SessionLoad() {
	}

	public record Result(double load, LoadMethod method) {
	}

	public static Result of(SessionType type, double minutes, Integer rpe, Integer avgHeartRate,
			HeartRateTrace trace) {
		if (rpe != null) {
			return new Result(effort(rpe, minutes), LoadMethod.RPE);
		}
		if (trace != null && trace.size() > 1) {
			double trimp = trimp(trace, DEFAULT_MAX_HR, DEFAULT_REST_HR);
			if (plausible(trimp, minutes)) {
				return new Result(trimp / TRIMP_PER_POINT, LoadMethod.HEART_RATE);
			}
		}
		else if (avgHeartRate != null && minutes > 0) {
			double trimp = minutes * weighted(reserve(avgHeartRate, DEFAULT_MAX_HR, DEFAULT_REST_HR));
			if (plausible(trimp, minutes)) {
				return new Result(trimp / TRIMP_PER_POINT, LoadMethod.HEART_RATE);
			}
		}
		return new Result(effort(typicalIntensity(type), minutes), LoadMethod.ESTIMATE);
	}

	/** Session RPE (Foster) on the common scale: RPE × minutes / 4.2. */
	static double effort(double rpe, double minutes) {
		return rpe * minutes / EFFORT_PER_POINT;
	}

	/** Banister TRIMP (raw, before calibration): Σ minutes · HRr · a · e^(b · HRr) over the samples. */
	static double trimp(HeartRateTrace trace, int maxHr, int restHr) {
		double sum = 0;
		int[] seconds = trace.elapsedSeconds();
		short[] bpm = trace.bpm();
		for (int i = 0; i < bpm.length; i++) {
			int held = i + 1 < bpm.length ? seconds[i + 1] - seconds[i] : 1;
			held = Math.max(0, Math.min(held, MAX_SAMPLE_SECONDS));
			sum += held / 60.0 * weighted(reserve(bpm[i], maxHr, restHr));
		}
		return sum;
	}

	/** Heart-rate reserve fraction; below rest counts as zero, above max is kept so bad data shows as implausible. */
	static double reserve(int heartRate, int maxHr, int restHr) {
		return Math.max(0, (heartRate - restHr) / (double) (maxHr - restHr));
	}

	static double weighted(double reserve) {
		return reserve * TRIMP_A * Math.exp(TRIMP_B * reserve);
	}

	private static boolean plausible(double trimp, double minutes) {
		return minutes > 0 && trimp / (minutes / 60) <= MAX_PLAUSIBLE_TRIMP_PER_HOUR;
	}

	/** A typical session RPE for the type: easy < long < tempo and hills < intervals < race. */
	static double typicalIntensity(SessionType type) {
		return switch (type) {
			case REST -> 0;
			case CROSS -> 3;
			case EASY -> 3;
			case LONG -> 4;
			case TEMPO, HILLS -> 6;
			case INTERVALS -> 7;
			case RACE -> 8;
		};
	}

	/** Minutes at or above 94% of threshold heart rate, for the intensity signal of a hard session. */
	public static double minutesAtThreshold(HeartRateTrace trace, int thresholdHr) {
		double limit = 0.94 * thresholdHr;
		double minutes = 0;
		int[] seconds = trace.elapsedSeconds();
		short[] bpm = trace.bpm();
		for (int i = 0; i < bpm.length; i++) {
			if (bpm[i] >= limit) {
				int held = i + 1 < bpm.length ? seconds[i + 1] - seconds[i] : 1;
				minutes += Math.max(0, Math.min(held, MAX_SAMPLE_SECONDS)) / 60.0;
			}
		}
		return minutes;
	}

}
