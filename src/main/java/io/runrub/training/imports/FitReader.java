package io.runrub.training.imports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.imports.fit.FitActivity;
import io.runrub.training.imports.fit.FitDecoder;
import io.runrub.training.imports.fit.FitFormatException;
import io.runrub.training.imports.fit.FitHeartRateSeries;
import io.runrub.training.imports.fit.FitSession;

/**
 * Reads FIT activity files (and their .gz, as Strava exports them) with RunRub's own decoder. A run of 90 minutes or
 * more is taken for a long run, a shorter one for an easy run, until a planned session or the runner says otherwise;
 * other sports are cross-training.
 */
public final class FitReader implements TrainingFileReader {

	/** FIT profile sport codes. */
	static final int RUNNING = 1;

	static final int TRANSITION = 3;

	private final BoundedInput bounded = new BoundedInput();

	@Override
	public boolean accepts(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".fit") || name.endsWith(".fit.gz");
	}

	@Override
	public ParsedFile read(String fileName, byte[] content, ZoneId zone) {
		BoundedInput.requireUploadSize(content);
		byte[] bytes = BoundedInput.isGzipName(fileName) ? bounded.gunzip(content) : content;
		FitActivity activity;
		try {
			activity = FitDecoder.decode(bytes);
		}
		catch (FitFormatException ex) {
			throw ImportRejected.because(ex, ex.nearEnd() ? "fit-damaged-end" : "fit-damaged");
		}
		Instant start = activity.startTime();
		if (start == null) {
			if (activity.workout() != null) {
				throw ImportRejected.because("fit-planned-workout");
			}
			throw ImportRejected.because("fit-no-activity");
		}
		ZonedDateTime local = start.atZone(zone);
		Duration duration = activity.duration();
		Integer seconds = duration == null ? null : (int) Math.min(Integer.MAX_VALUE, duration.getSeconds());
		Integer sport = activity.sport() != null ? activity.sport()
				: activity.sessions().stream().map(FitSession::sport).filter(java.util.Objects::nonNull).findFirst()
					.orElse(null);
		boolean running = sport == null || sport == RUNNING;
		SessionType type = !running ? SessionType.CROSS
				: seconds != null && seconds >= 90 * 60 ? SessionType.LONG : SessionType.EASY;
		return ParsedFile.of(List.of(new ImportedSession(sourceKey(activity, start), local.toLocalDate(),
				local.toLocalTime().truncatedTo(ChronoUnit.MINUTES), type, !running, SessionStatus.COMPLETED,
				running ? "Run" : "Cross-training", seconds, activity.distanceMeters(), activity.elevationGainMeters(),
				activity.averageHeartRate(), rpe(activity), null, heartRate(activity.heartRateSeries(), start))));
	}

	private static String sourceKey(FitActivity activity, Instant start) {
		if (activity.fileId() != null && activity.fileId().serialNumber() != null
				&& activity.fileId().timeCreated() != null) {
			return "fit:" + activity.fileId().serialNumber() + ":" + activity.fileId().timeCreated().getEpochSecond();
		}
		return "fit:" + start.getEpochSecond();
	}

	private static Integer rpe(FitActivity activity) {
		return activity.sessions()
			.stream()
			.map(FitSession::rpe)
			.filter(rpe -> rpe != null && rpe >= 0 && rpe <= 10)
			.findFirst()
			.map(rpe -> (int) Math.round(rpe))
			.orElse(null);
	}

	private static HeartRateTrace heartRate(FitHeartRateSeries series, Instant start) {
		if (series == null || series.size() < 2) {
			return null;
		}
		int[] elapsed = new int[series.size()];
		short[] bpm = new short[series.size()];
		for (int i = 0; i < series.size(); i++) {
			elapsed[i] = (int) Math.max(0, series.epochSecond(i) - start.getEpochSecond());
			bpm[i] = (short) series.beatsPerMinute(i);
		}
		return new HeartRateTrace(elapsed, bpm);
	}

}
