package io.runrub.training;

/** Which signal decided that a session was hard, in the order they are checked (training.md). */
public enum HardSignal {

	RACE, QUALITY_TYPE, RPE, INTENSITY, LONG_RUN, LOAD, SET_BY_RUNNER

}
