package io.runrub.care;

import org.springframework.stereotype.Component;

/**
 * Placeholder until the runners module's intake screening is wired in: every brief says "Health questions: not
 * recorded". Replace this bean with one that asks {@code IntakeScreening.verdict(runnerId)} (see the README).
 */
@Component
class NoIntakeFlags implements IntakeFlags {

	@Override
	public Summary forRunner(long runnerId) {
		return Summary.notRecorded();
	}

}
