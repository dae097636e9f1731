package io.runrub.training.imports.fit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The record messages of a file, the samples that a device takes every second or so, in file order.
 * They are kept in parallel primitive arrays because long activities have tens of thousands. A value the
 * record does not hold is NaN; a record holding nothing but a timestamp is left out.
 */
public final class FitRecords {

	static final long NO_TIME = Long.MIN_VALUE;
	static final int NO_POSITION = Integer.MAX_VALUE;
	private static final double DEGREES_PER_SEMICIRCLE = 180.0 / 2147483648.0;

	private final int size;
	private final long[] epochSeconds;
	private final int[] latitudes;
	private final int[] longitudes;
	private final float[] altitudes;
	private final float[] heartRates;
	private final float[] cadences;
	private final double[] distances;
	private final float[] speeds;
	private final float[] temperatures;

	/**
	 * Takes the builder's arrays as they are: the decoder sized them for the file, so copying them to the exact size
	 * would cost more than the room it saves, unless more than half of it is empty.
	 */
	private FitRecords(Builder b) {
		size = b.size;
		boolean trim = size < b.epochSeconds.length / 2;
		epochSeconds = trim ? Arrays.copyOf(b.epochSeconds, size) : b.epochSeconds;
		latitudes = trim ? Arrays.copyOf(b.latitudes, size) : b.latitudes;
		longitudes = trim ? Arrays.copyOf(b.longitudes, size) : b.longitudes;
		altitudes = trim ? Arrays.copyOf(b.altitudes, size) : b.altitudes;
		heartRates = trim ? Arrays.copyOf(b.heartRates, size) : b.heartRates;
		cadences = trim ? Arrays.copyOf(b.cadences, size) : b.cadences;
		distances = trim ? Arrays.copyOf(b.distances, size) : b.distances;
		speeds = trim ? Arrays.copyOf(b.speeds, size) : b.speeds;
		temperatures = trim ? Arrays.copyOf(b.temperatures, size) : b.temperatures;
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	/** The record's time, or null when it has none. */
	public Instant time(int i) {
		long seconds = epochSeconds[Objects.checkIndex(i, size)];
		return seconds == NO_TIME ? null : Instant.ofEpochSecond(seconds);
	}

	/** The record's time in seconds since 1970-01-01T00:00:00Z, or NaN when it has none. */
	public double epochSecond(int i) {
		long seconds = epochSeconds[Objects.checkIndex(i, size)];
		return seconds == NO_TIME ? Double.NaN : seconds;
	}

	/** Latitude in degrees, north positive. */
	public double latitude(int i) {
		return degrees(latitudes[Objects.checkIndex(i, size)]);
	}

	/** Longitude in degrees, east positive. */
	public double longitude(int i) {
		return degrees(longitudes[Objects.checkIndex(i, size)]);
	}

	/** Altitude in metres above sea level. */
	public double altitude(int i) {
		return altitudes[Objects.checkIndex(i, size)];
	}

	/** Heart rate in beats per minute. */
	public double heartRate(int i) {
		return heartRates[Objects.checkIndex(i, size)];
	}

	/** Cadence as the device records it: revolutions per minute, or strides (not steps) per minute in running. */
	public double cadence(int i) {
		return cadences[Objects.checkIndex(i, size)];
	}

	/** Distance covered since the start, in metres. */
	public double distance(int i) {
		return distances[Objects.checkIndex(i, size)];
	}

	/** Speed in metres per second. */
	public double speed(int i) {
		return speeds[Objects.checkIndex(i, size)];
	}

	/** Temperature in degrees Celsius. */
	public double temperature(int i) {
		return temperatures[Objects.checkIndex(i, size)];
	}

	private static double degrees(int semicircles) {
		return semicircles == NO_POSITION ? Double.NaN : semicircles * DEGREES_PER_SEMICIRCLE;
	}

	static final class Builder {

		private int size;
		private long[] epochSeconds = new long[256];
		private int[] latitudes = new int[256];
		private int[] longitudes = new int[256];
		private float[] altitudes = new float[256];
		private float[] heartRates = new float[256];
		private float[] cadences = new float[256];
		private double[] distances = new double[256];
		private float[] speeds = new float[256];
		private float[] temperatures = new float[256];

		/** Positions are in semicircles ({@link #NO_POSITION} when absent) and every other value is NaN when absent. */
		void add(long epochSecond, int latitude, int longitude, double altitude, double heartRate,
				 double cadence, double distance, double speed, double temperature) {
			if (size == epochSeconds.length) {
				grow();
			}
			epochSeconds[size] = epochSecond;
			latitudes[size] = latitude;
			longitudes[size] = longitude;
			altitudes[size] = (float) altitude;
			heartRates[size] = (float) heartRate;
			cadences[size] = (float) cadence;
			distances[size] = distance;
			speeds[size] = (float) speed;
			temperatures[size] = (float) temperature;
			size++;
		}

		boolean isEmpty() {
			return size == 0;
		}

		/** Makes room for {@code count} records in all, at once, so that the arrays are not grown and copied. */
		void reserve(int count) {
			if (count > epochSeconds.length) {
				resize(count);
			}
		}

		private void grow() {
			resize(size * 2);
		}

		private void resize(int capacity) {
			epochSeconds = Arrays.copyOf(epochSeconds, capacity);
			latitudes = Arrays.copyOf(latitudes, capacity);
			longitudes = Arrays.copyOf(longitudes, capacity);
			altitudes = Arrays.copyOf(altitudes, capacity);
			heartRates = Arrays.copyOf(heartRates, capacity);
			cadences = Arrays.copyOf(cadences, capacity);
			distances = Arrays.copyOf(distances, capacity);
			speeds = Arrays.copyOf(speeds, capacity);
			temperatures = Arrays.copyOf(temperatures, capacity);
		}

		FitRecords build() {
			return new FitRecords(this);
		}
	}
}
