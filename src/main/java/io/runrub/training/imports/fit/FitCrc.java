package io.runrub.training.imports.fit;

/** The FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0). */
final class FitCrc {

	/** The table of the FIT protocol description, which processes four bits at a time. */
	private static final int[] NIBBLE_TABLE = {
		0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
		0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
	};

	/**
	 * Eight tables of 256 entries for the same CRC eight bytes at a time ("slicing by 8"): entry k * 256 + b is
	 * the CRC of byte b followed by k zero bytes. The lookups for eight bytes do not wait on each other, which
	 * makes the check several times faster than the nibble algorithm; it was the bulk of decoding time.
	 */
	private static final int[] TABLES = new int[8 * 256];

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
		int crc = 0;
		int i = from;
		for (; i <= to - 8; i += 8) {
			int x = crc ^ (bytes[i] & 0xFF) ^ (bytes[i + 1] & 0xFF) << 8;
			crc = TABLES[7 * 256 + (x & 0xFF)]
					^ TABLES[6 * 256 + (x >>> 8)]
					^ TABLES[5 * 256 + (bytes[i + 2] & 0xFF)]
					^ TABLES[4 * 256 + (bytes[i + 3] & 0xFF)]
					^ TABLES[3 * 256 + (bytes[i + 4] & 0xFF)]
					^ TABLES[2 * 256 + (bytes[i + 5] & 0xFF)]
					^ TABLES[256 + (bytes[i + 6] & 0xFF)]
					^ TABLES[bytes[i + 7] & 0xFF];
		}
		for (; i < to; i++) {
			crc = (crc >>> 8) ^ TABLES[(crc ^ bytes[i]) & 0xFF];
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
