package io.runrub.runners;

public enum Level {

	BEGINNER, RECREATIONAL, COMPETITIVE

}
