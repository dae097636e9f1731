package io.runrub.training;

public enum SessionStatus {

	PLANNED, COMPLETED

}
