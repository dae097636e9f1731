package io.runrub.care.brief;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How the therapist brief shows a runner's intake flags (the health questions of the runners module: SAFE-STOP and
 * SAFE-RESTRICT); {@link ScreeningIntakeFlags} reads them from the runner's answers.
 */
public interface IntakeFlags {

	Summary forRunner(io.runrub.accounts.RunnerId runnerId);

	/** A health question answered "yes". @param tier STOP or RESTRICT */
	record Flag(String id, String text, String tier) {
	}

	/**
	 * @param recorded whether RunRub holds health answers for the runner at all
	 * @param answered whether every current question is answered
	 * @param text one line for the brief
	 */
	record Summary(boolean recorded, boolean answered, List<Flag> stops, List<Flag> restrictions, String text) {

		public Summary {
			stops = List.copyOf(stops);
			restrictions = List.copyOf(restrictions);
		}

		public static Summary notRecorded() {
			return new Summary(false, false, List.of(), List.of(), "Health questions: not recorded");
		}

		/** The summary of a runner's answers, with the line the brief shows. */
		public static Summary of(boolean answered, List<Flag> stops, List<Flag> restrictions) {
			String text;
			if (!answered) {
				text = "Health questions: not answered yet, or not all";
			}
			else if (!stops.isEmpty()) {
				text = "Health questions: STOP — no massage now (" + texts(stops) + ")";
			}
			else if (!restrictions.isEmpty()) {
				text = "Health questions: restrictions — light pressure only, no deep tissue or ART (" + texts(restrictions)
						+ ")";
			}
			else {
				text = "Health questions: nothing stops or limits massage";
			}
			return new Summary(true, answered, stops, restrictions, text);
		}

		private static String texts(List<Flag> flags) {
			return flags.stream().map(Flag::text).collect(Collectors.joining("; "));
		}

	}

}
