package io.runrub.runners;

/** What a runner wants from massage. */
public enum Goal {

	/** To relax and unwind; Swedish massage suits it (TYPE-RELAX-SWEDISH). */
	RELAXATION,
	/** Regular sessions during a training block (TYPE-MAINTAIN-SPORTS). */
	MAINTENANCE,
	/** Work on a specific area that bothers them (TYPE-AREA-DEEP, TYPE-INJURY-ART). */
	PROBLEM_AREA

}
