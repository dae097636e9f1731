package io.runrub.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
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
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * FIT decoding throughput against the physical limit of reading the same bytes: {@link FitDecoder#decode(byte[])}
 * of one large file (a 12-hour ultra, 2.8 MB) over and over, and a loop that sums the same file's bytes, in the same
 * run. The secondary scores {@code decode:megabytes} and {@code byteScan:megabytes} are MB/s (10^6 bytes per
 * second); {@link #main} runs both and prints decode as a ratio of the byte scan (target ≥ 0.5).
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

	/** The reference: every byte of the file read once and summed, the least that any decoder has to do. */
	@Benchmark
	public long byteScan(Megabytes counter) {
		long sum = 0;
		byte[] b = bytes;
		for (int i = 0; i < b.length; i++) {
			sum += b[i] & 0xFF;
		}
		counter.megabytes += b.length / 1e6;
		return sum;
	}

	/**
	 * Runs both benchmarks (with any JMH command-line options) and prints decode's throughput as a ratio of the byte
	 * scan's: {@code ./mvnw -Pbenchmarks test-compile exec:exec -Dbench.main=io.runrub.benchmarks.FitDecodeBenchmark}.
	 */
	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		CommandLineOptions commandLine = new CommandLineOptions(args);
		Collection<RunResult> results = new Runner(new OptionsBuilder().parent(commandLine)
				.include(FitDecodeBenchmark.class.getName() + "\\.(decode|byteScan)$")
				// the profile's default pattern names every benchmark: keep this class's two
				.exclude("^(?!" + FitDecodeBenchmark.class.getName().replace(".", "\\.") + "\\.(decode|byteScan)$)")
				.build()).run();
		double decode = megabytesPerSecond(results, "decode");
		double scan = megabytesPerSecond(results, "byteScan");
		System.out.printf(Locale.ROOT, "%n%-12s %14s %14s %8s %8s%n", "figure", "MB/s", "reference MB/s", "ratio",
				"target");
		System.out.printf(Locale.ROOT, "%-12s %14.0f %14.0f %8.2f %8s%n", "FIT decode", decode, scan, decode / scan,
				"≥ 0.50");
	}

	private static double megabytesPerSecond(Collection<RunResult> results, String benchmark) {
		return results.stream()
				.filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
				.map(r -> r.getSecondaryResults().get("megabytes"))
				.mapToDouble(Result::getScore)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no result for " + benchmark));
	}

}
