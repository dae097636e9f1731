package io.runrub.booking;

import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistView;

/**
 * In what order "any therapist" tries the therapists free at a time, for this runner: the module that knows what the
 * runner wants from a visit provides it (the planner's TYPE-THERAPIST-FIT), so booking does not depend on it. A
 * therapist the runner asked to avoid is left out. Without one, the order stays as booking made it (least busy first).
 */
public interface AnyTherapistOrder {

	/**
	 * @param free the therapists free then, least busy first
	 * @return the ones to try, first tried first; never one the runner avoids
	 */
	List<TherapistView> order(RunnerId runnerId, List<TherapistView> free);

}
