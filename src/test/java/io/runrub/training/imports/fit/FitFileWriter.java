package io.runrub.training.imports.fit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes small FIT files for tests: definitions, data messages and compressed timestamps, as given. */
final class FitFileWriter {

	static final int ENUM = 0x00;
	static final int SINT8 = 0x01;
	static final int UINT8 = 0x02;
	static final int SINT16 = 0x83;
	static final int UINT16 = 0x84;
	static final int SINT32 = 0x85;
	static final int UINT32 = 0x86;
	static final int STRING = 0x07;
	static final int FLOAT32 = 0x88;
	static final int UINT8Z = 0x0A;
	static final int UINT32Z = 0x8C;
	static final int BYTE = 0x0D;

	record Field(int number, int size, int baseType) {
	}

	private record Layout(boolean bigEndian, List<Field> fields, List<Field> developerFields) {
	}

	private final ByteArrayOutputStream data = new ByteArrayOutputStream();
	private final Layout[] layouts = new Layout[16];

	static Field field(int number, int size, int baseType) {
		return new Field(number, size, baseType);
	}

	FitFileWriter define(int localType, int globalNumber, Field... fields) {
		return define(localType, globalNumber, false, List.of(fields), List.of());
	}

	FitFileWriter define(int localType, int globalNumber, boolean bigEndian, List<Field> fields,
						 List<Field> developerFields) {
		data.write(0x40 | (developerFields.isEmpty() ? 0 : 0x20) | localType);
		data.write(0);
		data.write(bigEndian ? 1 : 0);
		writeNumber(globalNumber, 2, bigEndian);
		data.write(fields.size());
		for (Field f : fields) {
			data.write(f.number());
			data.write(f.size());
			data.write(f.baseType());
		}
		if (!developerFields.isEmpty()) {
			data.write(developerFields.size());
			for (Field f : developerFields) {
				data.write(f.number());
				data.write(f.size());
				data.write(0); // developer data index
			}
		}
		layouts[localType] = new Layout(bigEndian, fields, developerFields);
		return this;
	}

	/**
	 * A data message; one value per field and then per developer field: a Number (written in the field's size),
	 * a String (NUL padded) or a byte[] (copied).
	 */
	FitFileWriter message(int localType, Object... values) {
		data.write(localType);
		return values(localType, values);
	}

	FitFileWriter compressedTimestampMessage(int localType, int timeOffset, Object... values) {
		data.write(0x80 | localType << 5 | timeOffset & 0x1F);
		return values(localType, values);
	}

	FitFileWriter raw(int... bytes) {
		for (int b : bytes) {
			data.write(b);
		}
		return this;
	}

	private FitFileWriter values(int localType, Object... values) {
		Layout layout = layouts[localType];
		List<Field> fields = new ArrayList<>(layout.fields());
		fields.addAll(layout.developerFields());
		if (values.length != fields.size()) {
			throw new IllegalArgumentException(fields.size() + " values needed, got " + values.length);
		}
		for (int i = 0; i < values.length; i++) {
			int size = fields.get(i).size();
			if (values[i] instanceof Number n) {
				writeNumber(n.longValue(), size, layout.bigEndian());
			} else {
				byte[] bytes = values[i] instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) values[i];
				for (int j = 0; j < size; j++) {
					data.write(j < bytes.length ? bytes[j] : 0);
				}
			}
		}
		return this;
	}

	/** The file with a 14-byte header whose CRC is computed. */
	byte[] toBytes() {
		return toBytes(14);
	}

	/** The file with a header of 12 bytes (as in FIT 1.0) or 14 (with a header CRC). */
	byte[] toBytes(int headerSize) {
		byte[] body = data.toByteArray();
		byte[] file = new byte[headerSize + body.length + 2];
		file[0] = (byte) headerSize;
		file[1] = 0x20; // protocol 2.0
		putLittleEndian(file, 2, 2132, 2);
		putLittleEndian(file, 4, body.length, 4);
		file[8] = '.';
		file[9] = 'F';
		file[10] = 'I';
		file[11] = 'T';
		if (headerSize == 14) {
			putLittleEndian(file, 12, FitCrc.compute(file, 0, 12), 2);
		}
		System.arraycopy(body, 0, file, headerSize, body.length);
		return withFileCrc(file);
	}

	/** Recomputes the trailing file CRC of a single FIT file, after a test has altered it. */
	static byte[] withFileCrc(byte[] file) {
		putLittleEndian(file, file.length - 2, FitCrc.compute(file, 0, file.length - 2), 2);
		return file;
	}

	private void writeNumber(long value, int size, boolean bigEndian) {
		for (int i = 0; i < size; i++) {
			int shift = 8 * (bigEndian ? size - 1 - i : i);
			data.write(shift < 64 ? (int) (value >>> shift) : 0);
		}
	}

	private static void putLittleEndian(byte[] bytes, int offset, long value, int size) {
		for (int i = 0; i < size; i++) {
			bytes[offset + i] = (byte) (value >>> 8 * i);
		}
	}
}
