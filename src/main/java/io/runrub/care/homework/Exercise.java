package io.runrub.care.homework;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.runrub.shared.BodyArea;

import org.springframework.data.annotation.Id;

/**
 * An exercise of the library, spelled out as CARE-HOMEWORK asks: instructions, how it should feel, a dosage and the
 * minutes it takes, and the body areas it is for.
 */
public record Exercise(@Id Long id, String code, String name, ExerciseKind kind, String instructions,
		String howItShouldFeel, String dosage, int minutes, Set<ExerciseArea> areas) {

	public Exercise {
		areas = areas == null ? Set.of() : Set.copyOf(areas);
	}

	/** The areas it is for, in the order of {@link BodyArea}. */
	public List<BodyArea> bodyAreas() {
		return areas.stream().map(ExerciseArea::area).sorted(Comparator.naturalOrder()).toList();
	}

	/** One body area an exercise is for (a row of the exercise). */
	public record ExerciseArea(BodyArea area) {
	}

}
