package io.runrub.training.imports.fit;

import java.time.Instant;
import java.util.Arrays;

/** The heart rate samples of an activity that have both a time and a valid heart rate, in file order. */
public final class FitHeartRateSeries {

	private final long[] epochSeconds;
	private final int[] beatsPerMinute;

	private FitHeartRateSeries(long[] epochSeconds, int[] beatsPerMinute) {
		this.epochSeconds = epochSeconds;
		this.beatsPerMinute = beatsPerMinute;
	}

	static FitHeartRateSeries of(FitRecords records) {
		long[] seconds = new long[records.size()];
		int[] bpm = new int[records.size()];
		int n = 0;
		for (int i = 0; i < records.size(); i++) {
			double time = records.epochSecond(i);
			double heartRate = records.heartRate(i);
			if (!Double.isNaN(time) && !Double.isNaN(heartRate)) {
				seconds[n] = (long) time;
				bpm[n] = (int) heartRate;
				n++;
			}
		}
		return new FitHeartRateSeries(Arrays.copyOf(seconds, n), Arrays.copyOf(bpm, n));
	}

	public int size() {
		return epochSeconds.length;
	}

	/** Seconds since 1970-01-01T00:00:00Z. */
	public long epochSecond(int i) {
		return epochSeconds[i];
	}

	public Instant time(int i) {
		return Instant.ofEpochSecond(epochSeconds[i]);
	}

	public int beatsPerMinute(int i) {
		return beatsPerMinute[i];
	}
}
