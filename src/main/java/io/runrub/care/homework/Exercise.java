package io.runrub.care.homework;

import java.util.List;

import io.runrub.shared.BodyArea;

/**
 * An exercise of the library, spelled out as CARE-HOMEWORK asks: instructions, how it should feel, a dosage and the
 * minutes it takes.
 */
public record Exercise(long id, String code, String name, ExerciseKind kind, String instructions,
		String howItShouldFeel, String dosage, int minutes, List<BodyArea> areas) {

	public Exercise {
		areas = List.copyOf(areas);
	}

}
