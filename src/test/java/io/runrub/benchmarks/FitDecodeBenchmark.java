package io.runrub.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.runrub.training.imports.fit.FitActivity;
import io.runrub.training.imports.fit.FitDecoder;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * FIT decoding throughput: {@link FitDecoder#decode(byte[])} of one large file (a 12-hour ultra, 2.8 MB), over and
 * over. JMH's own score is decodes per second; the secondary score {@code decode:megabytes} is the same rate in
 * MB/s (10^6 bytes per second), the figure to compare with the target of 300 MB/s.
 *
 * <p>The file is read from {@code ../shared/testdata/fit/} relative to the project root; another one with
 * {@code -p fitFile=/path/to/file.fit}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FitDecodeBenchmark {

	@Param("../shared/testdata/fit/roznet-large-12h-ultra.fit")
	public String fitFile;

	private byte[] bytes;

	@Setup
	public void readFile() throws IOException {
		bytes = Files.readAllBytes(Path.of(fitFile));
	}

	/** Counts the megabytes decoded; JMH reports them per second. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Megabytes {

		public double megabytes;

		@Setup(Level.Iteration)
		public void reset() {
			megabytes = 0;
		}

	}

	@Benchmark
	public FitActivity decode(Megabytes counter) {
		FitActivity activity = FitDecoder.decode(bytes);
		counter.megabytes += bytes.length / 1e6;
		return activity;
	}

}
