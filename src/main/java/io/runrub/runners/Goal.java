package io.runrub.runners;

public enum Goal {

	RELAXATION, MAINTENANCE, PROBLEM_AREA

}
