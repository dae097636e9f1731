package io.runrub.planner.plan;

import java.util.OptionalInt;

import io.runrub.accounts.RunnerId;
import io.runrub.runners.ProfileKeeping;
import io.runrub.training.TrainingBaseline;

import org.springframework.stereotype.Component;

/**
 * Tells training the days a week a runner said they train (their profile), so that a runner without history starts
 * from a seeded fitness. It lives here because the planner already knows both modules; training does not depend on
 * runners.
 */
@Component
class ProfileTrainingBaseline implements TrainingBaseline {

	private final ProfileKeeping profiles;

	ProfileTrainingBaseline(ProfileKeeping profiles) {
		this.profiles = profiles;
	}

	@Override
	public OptionalInt trainingDaysPerWeek(RunnerId runner) {
		return profiles.find(runner)
			.map(profile -> OptionalInt.of(profile.trainingDaysPerWeek()))
			.orElse(OptionalInt.empty());
	}

}
