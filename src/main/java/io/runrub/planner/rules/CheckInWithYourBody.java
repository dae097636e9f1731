package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.Optional;

/** CARE-BODY-CHECKIN: invite a body check-in (tight or sore areas, 0–10) between sessions. */
public final class CheckInWithYourBody implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("CARE-BODY-CHECKIN", "S1", EvidenceGrade.NOT_GRADED,
			"Between sessions, check in with your body: mark tight or sore areas from 0 to 10.",
			"Once you get into the routine of training, it can be easy not to notice areas of tightness until they "
					+ "are relieved or give in to injury.",
			"Good practice: noticing tightness early gives you time to act.");

	public static final int INVITE_AFTER_DAYS = 7;

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/** An invitation when the last check-in is a week old or there has been none. */
	public Optional<Reason> invite(LocalDate lastCheckIn, LocalDate today) {
		if (lastCheckIn != null && lastCheckIn.isAfter(today.minusDays(INVITE_AFTER_DAYS))) {
			return Optional.empty();
		}
		return Optional.of(INFO.reason("How does your body feel? Mark any tight or sore areas from 0 to 10."));
	}

}
