package io.runrub.training;

import java.util.OptionalInt;

import io.runrub.accounts.RunnerId;

/**
 * What a runner says about their training before RunRub has any history of it, from a module that knows the runner's
 * profile: the load model seeds fitness from it. Implement it as a bean; without one, a runner without history starts
 * from zero (and the model says it is still learning).
 */
public interface TrainingBaseline {

	/** How many days a week the runner trains, if they said. */
	OptionalInt trainingDaysPerWeek(RunnerId runner);

}
