package io.runrub.training;

/** A: the goal race of a block; B: a serious race on the way; C: a race run as training. */
public enum RacePriority {

	A, B, C

}
