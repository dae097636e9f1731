package io.runrub.training.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** Test files under {@code src/test/resources/imports/}. */
final class Fixtures {

	private Fixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/imports/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] gzip(byte[] content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A gzip stream of {@code size} zero bytes, produced without ever holding them: only the compressed form. */
	static byte[] gzippedZeros(long size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] zeros = new byte[64 * 1024];
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, zeros.length)) {
			for (long written = 0; written < size; written += zeros.length) {
				gzip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
