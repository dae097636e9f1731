package io.runrub.training.imports.fit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@link Message} as it was before decoding was tuned for speed; {@link ReferenceFitDecoder} uses it. */
final class ReferenceMessage {

	static final int TIMESTAMP = 253;

	/** Width in bytes of each FIT base type, indexed by its base type number (the low five bits). */
	private static final int[] WIDTH = {1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8};
	private static final int STRING = 7;
	private static final int NOT_A_NUMBER = -1;
	/** Multi-byte fields are read in one access each rather than byte by byte. */
	private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
	private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
	private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
	private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
	private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
	private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

	private final byte[] bytes;
	/**
	 * Per field number: its offset within the message shifted left by 8, or'ed with its base type number (or
	 * {@link #NOT_A_NUMBER}'s low byte when the field cannot hold a number); -1 when the definition lacks the field.
	 * One array, so that reading a field looks up one entry.
	 */
	private final int[] fields = new int[256];
	private final int[] sizes = new int[256];
	private int globalNumber;
	private boolean bigEndian;
	private int size;
	private int start;

	ReferenceMessage(byte[] bytes) {
		this.bytes = bytes;
		Arrays.fill(fields, -1);
	}

	void define(int globalNumber, boolean bigEndian) {
		Arrays.fill(fields, -1);
		this.globalNumber = globalNumber;
		this.bigEndian = bigEndian;
		this.size = 0;
	}

	void addField(int number, int fieldSize, int baseType) {
		int type = baseType & 0x1F;
		sizes[number] = fieldSize;
		fields[number] = size << 8
				| (type < WIDTH.length && fieldSize >= WIDTH[type] && type != STRING ? type : NOT_A_NUMBER & 0xFF);
		size += fieldSize;
	}

	/** Developer fields are not decoded; they only take room in the message. */
	void addSkippedBytes(int count) {
		size += count;
	}

	int globalNumber() {
		return globalNumber;
	}

	/** Length of a data message of this type, without its record header. */
	int size() {
		return size;
	}

	/** Positions this layout over the data message whose fields start at {@code position}. */
	void at(int position) {
		start = position;
	}

	/**
	 * The field's value, or of its first element when it is an array, as the base type that the definition
	 * declares; NaN when the message lacks the field or holds the base type's invalid value.
	 */
	double number(int field) {
		int layout = fields[field];
		if (layout < 0) {
			return Double.NaN;
		}
		int p = start + (layout >>> 8);
		switch (layout & 0xFF) {
			case 0, 2, 13: { // enum, uint8, byte
				int v = bytes[p] & 0xFF;
				return v == 0xFF ? Double.NaN : v;
			}
			case 1: { // sint8
				int v = bytes[p];
				return v == 0x7F ? Double.NaN : v;
			}
			case 10: { // uint8z
				int v = bytes[p] & 0xFF;
				return v == 0 ? Double.NaN : v;
			}
			case 3: { // sint16
				int v = (short) u16(p);
				return v == 0x7FFF ? Double.NaN : v;
			}
			case 4: { // uint16
				int v = u16(p);
				return v == 0xFFFF ? Double.NaN : v;
			}
			case 11: { // uint16z
				int v = u16(p);
				return v == 0 ? Double.NaN : v;
			}
			case 5: { // sint32
				int v = s32(p);
				return v == 0x7FFFFFFF ? Double.NaN : v;
			}
			case 6: { // uint32
				int v = s32(p);
				return v == 0xFFFFFFFF ? Double.NaN : Integer.toUnsignedLong(v);
			}
			case 12: { // uint32z
				int v = s32(p);
				return v == 0 ? Double.NaN : Integer.toUnsignedLong(v);
			}
			case 8: // float32; its invalid value is a NaN
				return Float.intBitsToFloat(s32(p));
			case 9: // float64
				return Double.longBitsToDouble(s64(p));
			case 14: { // sint64
				long v = s64(p);
				return v == Long.MAX_VALUE ? Double.NaN : v;
			}
			case 15: { // uint64
				long v = s64(p);
				return v == -1L ? Double.NaN : unsignedToDouble(v);
			}
			case 16: { // uint64z
				long v = s64(p);
				return v == 0L ? Double.NaN : unsignedToDouble(v);
			}
			default:
				return Double.NaN;
		}
	}

	/** The field as a NUL-terminated UTF-8 string; null when absent or empty. */
	String text(int field) {
		int layout = fields[field];
		if (layout < 0) {
			return null;
		}
		int from = start + (layout >>> 8);
		int to = from + sizes[field];
		int end = from;
		while (end < to && bytes[end] != 0) {
			end++;
		}
		return end == from ? null : new String(bytes, from, end - from, StandardCharsets.UTF_8);
	}

	/** Where the field's bytes start in the file, or -1 when the message lacks the field or it is shorter. */
	int position(int field, int minimumSize) {
		int layout = fields[field];
		return layout >= 0 && sizes[field] >= minimumSize ? start + (layout >>> 8) : -1;
	}

	private int u16(int p) {
		return (bigEndian ? (short) SHORT_BE.get(bytes, p) : (short) SHORT_LE.get(bytes, p)) & 0xFFFF;
	}

	private int s32(int p) {
		return bigEndian ? (int) INT_BE.get(bytes, p) : (int) INT_LE.get(bytes, p);
	}

	private long s64(int p) {
		return bigEndian ? (long) LONG_BE.get(bytes, p) : (long) LONG_LE.get(bytes, p);
	}

	private static double unsignedToDouble(long v) {
		return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
	}
}
