package io.runrub.training.imports.fit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The record messages of a file, the samples that a device takes every second or so, in file order.
 * They are kept in parallel primitive arrays because long activities have tens of thousands. A value the
 * record does not hold is NaN; a record holding nothing but a timestamp is left out.
 *
 * <p>Times, heart rates, cadences, temperatures and distances are stored narrower than they are returned (an int of
 * FIT seconds, a byte, a byte, a byte, an int of centimetres), as devices record them: the record arrays are most of
 * what decoding allocates, and a fresh array costs its zeroing in memory bandwidth before it is written, so that at
 * 44 bytes a record their allocation took about a quarter of the decoding time. A value that does not fit its narrow
 * form exactly (another base type, a fraction, a compressed distance) turns that one column into the wide form from
 * then on, so that every value reads back bit for bit as it was added.
 */
public final class FitRecords {

	static final long NO_TIME = Long.MIN_VALUE;
	static final int NO_POSITION = Integer.MAX_VALUE;
	private static final double DEGREES_PER_SEMICIRCLE = 180.0 / 2147483648.0;
	/** Seconds from 1970-01-01T00:00:00Z to the FIT epoch, 1989-12-31T00:00:00Z. */
	private static final long FIT_EPOCH = 631_065_600L;

	private final int size;
	private final TimeColumn times;
	private final int[] latitudes;
	private final int[] longitudes;
	private final float[] altitudes;
	private final ByteColumn heartRates;
	private final ByteColumn cadences;
	private final CentimetreColumn distances;
	private final float[] speeds;
	private final ByteColumn temperatures;

	/**
	 * Takes the builder's arrays as they are: the decoder sized them for the file, so copying them to the exact size
	 * would cost more than the room it saves, unless more than half of it is empty.
	 */
	private FitRecords(Builder b) {
		size = b.size;
		boolean trim = size < b.latitudes.length / 2;
		times = trim ? b.times.trimmed(size) : b.times;
		latitudes = trim ? Arrays.copyOf(b.latitudes, size) : b.latitudes;
		longitudes = trim ? Arrays.copyOf(b.longitudes, size) : b.longitudes;
		altitudes = trim ? Arrays.copyOf(b.altitudes, size) : b.altitudes;
		heartRates = trim ? b.heartRates.trimmed(size) : b.heartRates;
		cadences = trim ? b.cadences.trimmed(size) : b.cadences;
		distances = trim ? b.distances.trimmed(size) : b.distances;
		speeds = trim ? Arrays.copyOf(b.speeds, size) : b.speeds;
		temperatures = trim ? b.temperatures.trimmed(size) : b.temperatures;
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	/** The record's time, or null when it has none. */
	public Instant time(int i) {
		long seconds = times.get(Objects.checkIndex(i, size));
		return seconds == NO_TIME ? null : Instant.ofEpochSecond(seconds);
	}

	/** The record's time in seconds since 1970-01-01T00:00:00Z, or NaN when it has none. */
	public double epochSecond(int i) {
		long seconds = times.get(Objects.checkIndex(i, size));
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
		return heartRates.get(Objects.checkIndex(i, size));
	}

	/** Cadence as the device records it: revolutions per minute, or strides (not steps) per minute in running. */
	public double cadence(int i) {
		return cadences.get(Objects.checkIndex(i, size));
	}

	/** Distance covered since the start, in metres. */
	public double distance(int i) {
		return distances.get(Objects.checkIndex(i, size));
	}

	/** Speed in metres per second. */
	public double speed(int i) {
		return speeds[Objects.checkIndex(i, size)];
	}

	/** Temperature in degrees Celsius. */
	public double temperature(int i) {
		return temperatures.get(Objects.checkIndex(i, size));
	}

	private static double degrees(int semicircles) {
		return semicircles == NO_POSITION ? Double.NaN : semicircles * DEGREES_PER_SEMICIRCLE;
	}

	/**
	 * Times as unsigned FIT seconds in an int (all bits set for none), the range of the FIT timestamp; as epoch
	 * seconds in a long once one is outside it.
	 */
	private static final class TimeColumn {

		private static final int NONE = -1;

		private int[] narrow;
		private long[] wide;

		TimeColumn(int capacity) {
			narrow = new int[capacity];
		}

		private TimeColumn(int[] narrow, long[] wide) {
			this.narrow = narrow;
			this.wide = wide;
		}

		void set(int i, long epochSecond) {
			if (wide == null) {
				if (epochSecond == NO_TIME) {
					narrow[i] = NONE;
					return;
				}
				long fitSeconds = epochSecond - FIT_EPOCH;
				if (fitSeconds >= 0 && fitSeconds < 0xFFFF_FFFFL) {
					narrow[i] = (int) fitSeconds;
					return;
				}
				long[] widened = new long[narrow.length];
				for (int k = 0; k < i; k++) {
					widened[k] = get(k);
				}
				wide = widened;
				narrow = null;
			}
			wide[i] = epochSecond;
		}

		long get(int i) {
			if (wide != null) {
				return wide[i];
			}
			int v = narrow[i];
			return v == NONE ? NO_TIME : FIT_EPOCH + Integer.toUnsignedLong(v);
		}

		void resize(int capacity) {
			narrow = narrow == null ? null : Arrays.copyOf(narrow, capacity);
			wide = wide == null ? null : Arrays.copyOf(wide, capacity);
		}

		TimeColumn trimmed(int size) {
			return new TimeColumn(narrow == null ? null : Arrays.copyOf(narrow, size),
					wide == null ? null : Arrays.copyOf(wide, size));
		}
	}

	/**
	 * Whole numbers of one byte (heart rates and cadences 0 to 254, temperatures -128 to 126, as their FIT base types
	 * hold them) with the byte's invalid value standing for NaN; floats once a value is not one of those.
	 */
	static final class ByteColumn {

		/** The one NaN that a decoded value has unless a float field holds another: (float) Double.NaN. */
		private static final int CANONICAL_NAN = Float.floatToRawIntBits(Float.NaN);

		private final boolean signed;
		/** The byte (0xFF unsigned, 0x7F signed) that stands for NaN. */
		private final int nanCode;
		private byte[] narrow;
		private float[] wide;

		ByteColumn(boolean signed, int capacity) {
			this.signed = signed;
			this.nanCode = signed ? 0x7F : 0xFF;
			this.narrow = new byte[capacity];
		}

		private ByteColumn(ByteColumn c, int size) {
			signed = c.signed;
			nanCode = c.nanCode;
			narrow = c.narrow == null ? null : Arrays.copyOf(c.narrow, size);
			wide = c.wide == null ? null : Arrays.copyOf(c.wide, size);
		}

		void set(int i, double value) {
			float f = (float) value;
			if (wide == null) {
				int bits = Float.floatToRawIntBits(f);
				if (bits == CANONICAL_NAN) {
					narrow[i] = (byte) nanCode;
					return;
				}
				int whole = (int) f;
				// the same bits back (so not -0.0), within the byte's range and not its NaN code
				if (Float.floatToRawIntBits(whole) == bits && whole != nanCode
						&& (signed ? whole >= -128 && whole <= 127 : whole >= 0 && whole <= 255)) {
					narrow[i] = (byte) whole;
					return;
				}
				float[] widened = new float[narrow.length];
				for (int k = 0; k < i; k++) {
					widened[k] = (float) get(k);
				}
				wide = widened;
				narrow = null;
			}
			wide[i] = f;
		}

		double get(int i) {
			if (wide != null) {
				return wide[i];
			}
			int v = signed ? narrow[i] : narrow[i] & 0xFF;
			return v == nanCode ? Double.NaN : v;
		}

		void resize(int capacity) {
			narrow = narrow == null ? null : Arrays.copyOf(narrow, capacity);
			wide = wide == null ? null : Arrays.copyOf(wide, capacity);
		}

		ByteColumn trimmed(int size) {
			return new ByteColumn(this, size);
		}
	}

	/**
	 * Distances as unsigned whole centimetres in an int (all bits set for NaN), as the FIT distance field holds them;
	 * doubles once a value is not exactly such a number divided by 100 (a compressed distance, another base type).
	 */
	private static final class CentimetreColumn {

		private static final int NAN = -1;

		private int[] narrow;
		private double[] wide;

		CentimetreColumn(int capacity) {
			narrow = new int[capacity];
		}

		private CentimetreColumn(int[] narrow, double[] wide) {
			this.narrow = narrow;
			this.wide = wide;
		}

		void set(int i, double metres) {
			if (wide == null) {
				if (Double.isNaN(metres)) {
					if (Double.doubleToRawLongBits(metres) == Double.doubleToRawLongBits(Double.NaN)) {
						narrow[i] = NAN;
						return;
					}
				} else {
					long centimetres = Math.round(metres * 100);
					if (centimetres >= 0 && centimetres < 0xFFFF_FFFFL
							&& Double.doubleToRawLongBits(centimetres / 100.0) == Double.doubleToRawLongBits(metres)) {
						narrow[i] = (int) centimetres;
						return;
					}
				}
				double[] widened = new double[narrow.length];
				for (int k = 0; k < i; k++) {
					widened[k] = get(k);
				}
				wide = widened;
				narrow = null;
			}
			wide[i] = metres;
		}

		double get(int i) {
			if (wide != null) {
				return wide[i];
			}
			int v = narrow[i];
			return v == NAN ? Double.NaN : Integer.toUnsignedLong(v) / 100.0;
		}

		void resize(int capacity) {
			narrow = narrow == null ? null : Arrays.copyOf(narrow, capacity);
			wide = wide == null ? null : Arrays.copyOf(wide, capacity);
		}

		CentimetreColumn trimmed(int size) {
			return new CentimetreColumn(narrow == null ? null : Arrays.copyOf(narrow, size),
					wide == null ? null : Arrays.copyOf(wide, size));
		}
	}

	static final class Builder {

		private int size;
		private final TimeColumn times = new TimeColumn(256);
		private int[] latitudes = new int[256];
		private int[] longitudes = new int[256];
		private float[] altitudes = new float[256];
		private final ByteColumn heartRates = new ByteColumn(false, 256);
		private final ByteColumn cadences = new ByteColumn(false, 256);
		private final CentimetreColumn distances = new CentimetreColumn(256);
		private float[] speeds = new float[256];
		private final ByteColumn temperatures = new ByteColumn(true, 256);

		/** Positions are in semicircles ({@link #NO_POSITION} when absent) and every other value is NaN when absent. */
		void add(long epochSecond, int latitude, int longitude, double altitude, double heartRate,
				 double cadence, double distance, double speed, double temperature) {
			if (size == latitudes.length) {
				resize(size * 2);
			}
			times.set(size, epochSecond);
			latitudes[size] = latitude;
			longitudes[size] = longitude;
			altitudes[size] = (float) altitude;
			heartRates.set(size, heartRate);
			cadences.set(size, cadence);
			distances.set(size, distance);
			speeds[size] = (float) speed;
			temperatures.set(size, temperature);
			size++;
		}

		/**
		 * {@link #add} for values as the FIT fields hold them, which is how the columns keep them: unsigned FIT
		 * seconds, or -1 for none; heart rate and cadence as uint8 and temperature as sint8, each with its invalid
		 * value; distance as uint32 centimetres, all bits set when invalid. Stored without conversion or checks.
		 */
		void addAsRecorded(long fitSeconds, int latitude, int longitude, float altitude, int heartRate, int cadence,
				 int centimetres, float speed, int temperature) {
			if (times.wide != null || heartRates.wide != null || cadences.wide != null || distances.wide != null
					|| temperatures.wide != null || fitSeconds >= 0xFFFF_FFFFL) {
				// a column went wide before (rare): the checked way
				add(fitSeconds < 0 ? NO_TIME : FIT_EPOCH + fitSeconds, latitude, longitude, altitude,
						heartRate == 0xFF ? Double.NaN : heartRate, cadence == 0xFF ? Double.NaN : cadence,
						centimetres == -1 ? Double.NaN : Integer.toUnsignedLong(centimetres) / 100.0, speed,
						temperature == 0x7F ? Double.NaN : temperature);
				return;
			}
			if (size == latitudes.length) {
				resize(size * 2);
			}
			times.narrow[size] = (int) fitSeconds;
			latitudes[size] = latitude;
			longitudes[size] = longitude;
			altitudes[size] = altitude;
			heartRates.narrow[size] = (byte) heartRate;
			cadences.narrow[size] = (byte) cadence;
			distances.narrow[size] = centimetres;
			speeds[size] = speed;
			temperatures.narrow[size] = (byte) temperature;
			size++;
		}

		boolean isEmpty() {
			return size == 0;
		}

		/** Makes room for {@code count} records in all, at once, so that the arrays are not grown and copied. */
		void reserve(int count) {
			if (count > latitudes.length) {
				resize(count);
			}
		}

		private void resize(int capacity) {
			times.resize(capacity);
			latitudes = Arrays.copyOf(latitudes, capacity);
			longitudes = Arrays.copyOf(longitudes, capacity);
			altitudes = Arrays.copyOf(altitudes, capacity);
			heartRates.resize(capacity);
			cadences.resize(capacity);
			distances.resize(capacity);
			speeds = Arrays.copyOf(speeds, capacity);
			temperatures.resize(capacity);
		}

		FitRecords build() {
			return new FitRecords(this);
		}
	}
}
