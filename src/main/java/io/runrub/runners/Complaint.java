package io.runrub.runners;

import java.time.LocalDate;
import java.util.Locale;

import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;

/**
 * Something that bothers a runner: where, what, since when (roughly) and how much, from 0 (not at all) to 10 (the
 * worst they can imagine). A complaint always says where, what and how much; a runner's profile also needs since when
 * ({@link RunnerProfile} checks it, and {@link RunnerProfile#checkedOn} that it is not after today). The planner's
 * rules also read complaints whose start is unknown (null).
 */
public record Complaint(BodyArea area, ComplaintKind kind, LocalDate since, int severity) {

	public static final int MAX_SEVERITY = 10;

	public Complaint {
		if (area == null) {
			throw DomainException.refused("complaint-area-missing");
		}
		if (kind == null) {
			throw DomainException.refused("complaint-kind-missing", area.displayName());
		}
		if (severity < 0 || severity > MAX_SEVERITY) {
			throw DomainException.refused("complaint-severity-out-of-range", area.displayName());
		}
	}

	public boolean startedAfter(LocalDate today) {
		return since != null && since.isAfter(today);
	}

	boolean sameAs(Complaint other) {
		return area == other.area && kind == other.kind;
	}

	/** The kind in words, as in "tightness" or "shin splints". */
	String kindInWords() {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}
