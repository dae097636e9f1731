package io.runrub.training.imports.fit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** The FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0). */
final class FitCrc {

	/** The table of the FIT protocol description, which processes four bits at a time. */
	private static final int[] NIBBLE_TABLE = {
		0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
		0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
	};

	/**
	 * Sixteen tables of 256 entries for the same CRC sixteen bytes at a time ("slicing by 16"): entry k * 256 + b is
	 * the CRC of byte b followed by k zero bytes. The lookups for sixteen bytes do not wait on each other, and the
	 * bytes are read as two longs, which makes the check several times faster than the nibble algorithm (it was
	 * the bulk of decoding time, and still is about a third of it).
	 */
	private static final int[] TABLES = new int[16 * 256];

	private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	static {
		for (int b = 0; b < 256; b++) {
			TABLES[b] = updateByNibbles(0, b);
		}
		for (int i = 256; i < TABLES.length; i++) {
			int previous = TABLES[i - 256];
			TABLES[i] = (previous >>> 8) ^ TABLES[previous & 0xFF];
		}
	}

	private FitCrc() {
	}

	static int compute(byte[] bytes, int from, int to) {
		final int[] t = TABLES;
		int crc = 0;
		int i = from;
		for (; i <= to - 16; i += 16) {
			long v = (long) LONG.get(bytes, i);
			long w = (long) LONG.get(bytes, i + 8);
			int x = crc ^ (int) (v & 0xFFFF);
			crc = t[15 * 256 + (x & 0xFF)]
					^ t[14 * 256 + (x >>> 8)]
					^ t[13 * 256 + (int) (v >>> 16 & 0xFF)]
					^ t[12 * 256 + (int) (v >>> 24 & 0xFF)]
					^ t[11 * 256 + (int) (v >>> 32 & 0xFF)]
					^ t[10 * 256 + (int) (v >>> 40 & 0xFF)]
					^ t[9 * 256 + (int) (v >>> 48 & 0xFF)]
					^ t[8 * 256 + (int) (v >>> 56)]
					^ t[7 * 256 + (int) (w & 0xFF)]
					^ t[6 * 256 + (int) (w >>> 8 & 0xFF)]
					^ t[5 * 256 + (int) (w >>> 16 & 0xFF)]
					^ t[4 * 256 + (int) (w >>> 24 & 0xFF)]
					^ t[3 * 256 + (int) (w >>> 32 & 0xFF)]
					^ t[2 * 256 + (int) (w >>> 40 & 0xFF)]
					^ t[256 + (int) (w >>> 48 & 0xFF)]
					^ t[(int) (w >>> 56)];
		}
		for (; i < to; i++) {
			crc = (crc >>> 8) ^ t[(crc ^ bytes[i]) & 0xFF];
		}
		return crc;
	}

	/** The algorithm exactly as the FIT protocol describes it. */
	static int updateByNibbles(int crc, int b) {
		int tmp = NIBBLE_TABLE[crc & 0xF];
		crc = (crc >> 4) & 0x0FFF;
		crc = crc ^ tmp ^ NIBBLE_TABLE[b & 0xF];
		tmp = NIBBLE_TABLE[crc & 0xF];
		crc = (crc >> 4) & 0x0FFF;
		return crc ^ tmp ^ NIBBLE_TABLE[(b >> 4) & 0xF];
	}
}
