package io.runrub.training.sessions;

import java.util.ArrayList;
import java.util.List;

import io.runrub.training.LoadMethod;
import io.runrub.training.SessionType;
import io.runrub.training.load.SessionLoad;

/**
 * Shows a planned session and the activity completed for it on the same day as one. A completed activity whose
 * type was only guessed from its file (a FIT run is just "running") takes the planned session's type.
 */
public final class DayPairing {

	private DayPairing() {
	}

	/** One entry of a day: the session that counts, and the planned session it fulfilled, if any. */
	public record Entry(TrainingSession session, TrainingSession planned) {

		public boolean isMissedPlan(java.time.LocalDate today) {
			return planned == null && !session.isCompleted() && session.sessionDate().isBefore(today);
		}

	}

	public static List<Entry> pair(List<TrainingSession> sameDay) {
		List<TrainingSession> planned = new ArrayList<>(
				sameDay.stream().filter(session -> !session.isCompleted()).toList());
		List<Entry> entries = new ArrayList<>();
		for (TrainingSession completed : sameDay) {
			if (!completed.isCompleted()) {
				continue;
			}
			TrainingSession match = planned.stream()
				.filter(plan -> plan.type() == completed.type())
				.findFirst()
				.orElse(planned.isEmpty() ? null : planned.get(0));
			if (match == null) {
				entries.add(new Entry(completed, null));
				continue;
			}
			planned.remove(match);
			entries.add(new Entry(completed.typeGuessed() ? effective(completed, match.type()) : completed, match));
		}
		for (TrainingSession plan : planned) {
			entries.add(new Entry(plan, null));
		}
		return entries;
	}

	private static TrainingSession effective(TrainingSession completed, SessionType type) {
		TrainingSession typed = completed.withType(type);
		if (completed.loadMethod() != LoadMethod.ESTIMATE) {
			return typed;
		}
		SessionLoad.Result load = SessionLoad.of(type, completed.minutes(), null, null, null);
		return new TrainingSession(typed.id(), typed.runnerId(), typed.sessionDate(), typed.startTime(), type, false,
				typed.status(), typed.title(), typed.durationSeconds(), typed.distanceMeters(),
				typed.elevationGainMeters(), typed.avgHeartRate(), typed.rpe(), typed.notes(), load.load(),
				load.method(), typed.minutesAtThreshold(), typed.hardOverride(), typed.source(), typed.sourceKey(),
				typed.createdAt());
	}

}
