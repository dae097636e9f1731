package io.runrub.training.imports.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures decoding throughput: decodes one file over and over, first to warm up, then for ten seconds.
 * Run with {@code java -cp target/classes:target/test-classes io.runrub.training.imports.fit.FitDecodeThroughput
 * [file.fit]} after {@code mvn test-compile}.
 */
public final class FitDecodeThroughput {

	private static final String DEFAULT_FILE = "../shared/testdata/fit/roznet-large-12h-ultra.fit";

	private FitDecodeThroughput() {
	}

	public static void main(String[] args) throws IOException {
		byte[] bytes = Files.readAllBytes(Path.of(args.length > 0 ? args[0] : DEFAULT_FILE));
		long sink = run(bytes, 5_000_000_000L); // lets the JIT compile the hot paths
		long start = System.nanoTime();
		long decodes = 0;
		long elapsed;
		do {
			sink += FitDecoder.decode(bytes).records().size();
			decodes++;
			elapsed = System.nanoTime() - start;
		} while (elapsed < 10_000_000_000L);
		double seconds = elapsed / 1e9;
		double megabytesPerSecond = bytes.length * (double) decodes / seconds / 1e6;
		System.out.printf("%d bytes decoded %d times in %.1f s: %.2f ms per decode, %.0f MB/s (sink %d)%n",
				bytes.length, decodes, seconds, seconds * 1000 / decodes, megabytesPerSecond, sink);
	}

	private static long run(byte[] bytes, long nanos) {
		long sink = 0;
		long start = System.nanoTime();
		while (System.nanoTime() - start < nanos) {
			sink += FitDecoder.decode(bytes).records().size();
		}
		return sink;
	}
}
