package io.runrub.runners;

/** How seriously a runner trains, in their own words. */
public enum Level {

	BEGINNER, RECREATIONAL, COMPETITIVE

}
