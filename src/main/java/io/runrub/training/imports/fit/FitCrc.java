package io.runrub.training.imports.fit;

/** The FIT CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0). */
final class FitCrc {

	/** The reflected polynomial. */
	private static final int POLY = 0xA001;

	/** The table of the FIT protocol description, which processes four bits at a time. */
	private static final int[] NIBBLE_TABLE = {
		0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
		0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
	};

	/**
	 * Sixteen tables of 256 entries for the same CRC sixteen bytes at a time ("slicing by 16"): entry k * 256 + b is
	 * the CRC of byte b followed by k zero bytes. The lookups for sixteen bytes do not wait on each other, which
	 * makes the check several times faster than the nibble algorithm.
	 */
	private static final int[] TABLES = new int[16 * 256];

	/** Below this many bytes one chain is as fast: splitting and combining would cost more than it saves. */
	private static final int STRIPED_MINIMUM = 1024;

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

	/**
	 * The CRC of bytes {@code from} (inclusive) to {@code to} (exclusive). Long ranges are split in two halves whose
	 * CRCs are computed in the same loop, each in its own register, and then joined with {@link #combine}: one
	 * sixteen-byte step of slicing by 16 waits on the previous one (a table load and XORs), so one chain leaves
	 * the CPU idle part of the time; two independent chains fill it, still on one thread (1.4 times one chain's
	 * speed here; three were hardly faster than two, four slower).
	 */
	static int compute(byte[] bytes, int from, int to) {
		return to - from < STRIPED_MINIMUM ? update(0, bytes, from, to) : striped(bytes, from, to);
	}

	/** {@link #compute} in two interleaved chains, at any length (tests check it on short ones). */
	static int striped(byte[] bytes, int from, int to) {
		int length = to - from;
		int half = (length >>> 1) & ~15;
		int second = from + half;
		final int[] t = TABLES;
		int crc0 = 0;
		int crc1 = 0;
		for (int i = from; i < second; i += 16) {
			crc0 = step(t, crc0, bytes, i);
			crc1 = step(t, crc1, bytes, i + half);
		}
		crc1 = update(crc1, bytes, second + half, to);
		return combine(crc0, crc1, to - second);
	}

	/** Continues {@code crc} over bytes {@code from} to {@code to} with one chain: sixteen bytes a step, then bytewise. */
	static int update(int crc, byte[] bytes, int from, int to) {
		final int[] t = TABLES;
		int i = from;
		for (; i <= to - 16; i += 16) {
			crc = step(t, crc, bytes, i);
		}
		for (; i < to; i++) {
			crc = (crc >>> 8) ^ t[(crc ^ bytes[i]) & 0xFF];
		}
		return crc;
	}

	/**
	 * Sixteen bytes from {@code i} on, with sixteen table lookups that do not wait on each other. Each byte is
	 * loaded on its own (a zero-extending load, one instruction) rather than shifted and masked out of a long (three):
	 * the loop is bound by the number of instructions, not by loads, and this makes it about a fifth faster.
	 */
	private static int step(int[] t, int crc, byte[] bytes, int i) {
		int x = crc ^ ((bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8);
		return t[15 * 256 + (x & 0xFF)]
				^ t[14 * 256 + (x >>> 8)]
				^ t[13 * 256 + (bytes[i + 2] & 0xFF)]
				^ t[12 * 256 + (bytes[i + 3] & 0xFF)]
				^ t[11 * 256 + (bytes[i + 4] & 0xFF)]
				^ t[10 * 256 + (bytes[i + 5] & 0xFF)]
				^ t[9 * 256 + (bytes[i + 6] & 0xFF)]
				^ t[8 * 256 + (bytes[i + 7] & 0xFF)]
				^ t[7 * 256 + (bytes[i + 8] & 0xFF)]
				^ t[6 * 256 + (bytes[i + 9] & 0xFF)]
				^ t[5 * 256 + (bytes[i + 10] & 0xFF)]
				^ t[4 * 256 + (bytes[i + 11] & 0xFF)]
				^ t[3 * 256 + (bytes[i + 12] & 0xFF)]
				^ t[2 * 256 + (bytes[i + 13] & 0xFF)]
				^ t[256 + (bytes[i + 14] & 0xFF)]
				^ t[bytes[i + 15] & 0xFF];
	}

	/**
	 * The CRC of A followed by B, from the CRC of A, the CRC of B and the length of B (as zlib's
	 * {@code crc32_combine}, written out for this 16-bit CRC). With initial value 0 and no final XOR the CRC is linear:
	 * running A's CRC on through B equals B's own CRC XOR A's CRC run on through as many zero bytes, and running a
	 * CRC through n zero bytes multiplies it by x^(8n) modulo the polynomial. x^(8n) is found by squaring (a few
	 * dozen 16-bit multiplications), so joining costs the same whatever the length.
	 */
	static int combine(int crcA, int crcB, long lengthB) {
		return multiply(xPower8n(lengthB), crcA) ^ crcB;
	}

	/**
	 * a * b modulo the polynomial, in the reflected bit order of this CRC: the highest bit (0x8000) is x^0 and the
	 * lowest is x^15, so multiplying b by x is a shift right, reduced by the polynomial when x^15's bit falls off.
	 */
	static int multiply(int a, int b) {
		int product = 0;
		for (int m = 0x8000; m != 0; m >>>= 1) {
			if ((a & m) != 0) {
				product ^= b;
			}
			b = (b & 1) != 0 ? (b >>> 1) ^ POLY : b >>> 1;
		}
		return product;
	}

	/** x^(8n) modulo the polynomial, by square-and-multiply over the bits of n. */
	static int xPower8n(long n) {
		int result = 0x8000; // x^0
		int square = 0x0080; // x^8, one byte
		while (n != 0) {
			if ((n & 1) != 0) {
				result = multiply(square, result);
			}
			square = multiply(square, square);
			n >>>= 1;
		}
		return result;
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
