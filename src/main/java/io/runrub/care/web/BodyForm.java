package io.runrub.care.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import io.runrub.care.body.BodyCheckIn;
import io.runrub.shared.BodyArea;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;

/** A body check-in from "My care": the day (blank: today) and a score from 0 to 10 for each area noticed. */
public class BodyForm {

	@DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" })
	private LocalDate date;

	private Map<BodyArea, @Min(value = 0, message = "{care.invalid.score}") @Max(value = BodyCheckIn.MAX_SCORE,
			message = "{care.invalid.score}") Integer> areas = new EnumMap<>(BodyArea.class);

	static BodyForm of(LocalDate date) {
		BodyForm form = new BodyForm();
		form.setDate(date);
		return form;
	}

	/** The areas marked, without those left blank. */
	Map<BodyArea, Integer> scores() {
		Map<BodyArea, Integer> scores = new EnumMap<>(BodyArea.class);
		areas.forEach((area, score) -> {
			if (area != null && score != null) {
				scores.put(area, score);
			}
		});
		return scores;
	}

	/** The field a refusal of the body log is about, so that it shows next to it; null for the whole form. */
	static String fieldOf(String code) {
		return switch (code == null ? "" : code) {
			case "body-check-in-date-in-future", "body-check-in-date-too-early", "body-check-in-date-missing" -> "date";
			case "body-check-in-no-areas", "body-check-in-score-invalid" -> "areas";
			default -> null;
		};
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public Map<BodyArea, Integer> getAreas() {
		return areas;
	}

	public void setAreas(Map<BodyArea, Integer> areas) {
		this.areas = areas;
	}

}
