package io.runrub.care.homework;

/** A homework with its exercise, who assigned it, and where the runner stands with it. */
public record HomeworkView(Homework homework, Exercise exercise, String therapistName, HomeworkProgress progress) {

	public long id() {
		return homework.id();
	}

}
