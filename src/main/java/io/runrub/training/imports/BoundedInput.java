package io.runrub.training.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reading compressed input without trusting it: a gzip member can claim anything and expand a thousandfold, so bytes
 * are counted as they come out of the decompressor, and reading stops as soon as a limit is passed.
 */
final class BoundedInput {

	/** The largest file a runner may bring, as uploaded (compressed or not). */
	static final int MAX_FILE_BYTES = 25 * 1024 * 1024;

	/** The largest a single file may become once decompressed. */
	static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;

	/**
	 * How many times its compressed size a file may grow. Training files compress 3 to 20 times (FIT least, GPX
	 * most); a compression bomb expands about a thousand times.
	 */
	static final int MAX_EXPANSION_RATIO = 100;

	/** Small files may compress extremely well (a few repeated points), so the ratio only counts beyond this. */
	static final long RATIO_FREE_BYTES = 1024 * 1024;

	private static final int MB = 1024 * 1024;

	private final long maxExpandedBytes;

	private final int maxExpansionRatio;

	BoundedInput() {
		this(MAX_EXPANDED_BYTES, MAX_EXPANSION_RATIO);
	}

	BoundedInput(long maxExpandedBytes, int maxExpansionRatio) {
		this.maxExpandedBytes = maxExpandedBytes;
		this.maxExpansionRatio = maxExpansionRatio;
	}

	static void requireUploadSize(byte[] content) {
		if (content.length > MAX_FILE_BYTES) {
			throw ImportRejected.because("file-too-large", MAX_FILE_BYTES / MB);
		}
		if (content.length == 0) {
			throw ImportRejected.because("file-empty");
		}
	}

	static boolean isGzipName(String fileName) {
		return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
	}

	/** Decompresses a gzip file, or rejects it when it is damaged, incomplete or expands beyond the limits. */
	byte[] gunzip(byte[] compressed) {
		long ratioLimit = Math.max(RATIO_FREE_BYTES, (long) compressed.length * maxExpansionRatio);
		long limit = Math.min(maxExpandedBytes, ratioLimit);
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return readAtMost(in, limit);
		}
		catch (TooLarge ex) {
			if (limit == maxExpandedBytes) {
				throw ImportRejected.because(ex, "gzip-too-large", maxExpandedBytes / MB);
			}
			throw ImportRejected.because(ex, "gzip-bomb", maxExpansionRatio);
		}
		catch (EOFException ex) {
			throw ImportRejected.because(ex, "gzip-incomplete");
		}
		catch (ZipException ex) {
			throw ImportRejected.because(ex, "gzip-damaged");
		}
		catch (IOException ex) {
			throw ImportRejected.because(ex, "gzip-unreadable");
		}
	}

	/**
	 * Reads the stream to its end, failing with {@link TooLarge} once more than {@code limit} bytes have come out of
	 * it. Counts what is actually read: sizes declared in headers are never trusted.
	 */
	static byte[] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) != -1) {
			total += n;
			if (total > limit) {
				throw new TooLarge(limit);
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/** Reads and discards the stream to its end, failing with {@link TooLarge} beyond {@code limit} bytes. */
	static long skipAtMost(InputStream in, long limit) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int n;
		while ((n = in.read(buffer)) != -1) {
			total += n;
			if (total > limit) {
				throw new TooLarge(limit);
			}
		}
		return total;
	}

	/** More bytes came out of a stream than its limit allows. */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("more than " + limit + " bytes");
		}

	}

}
