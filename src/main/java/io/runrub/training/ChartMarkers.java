package io.runrub.training;

import java.time.LocalDate;
import java.util.List;

import io.runrub.accounts.RunnerId;

/**
 * Lets another module draw its own days on the training chart (the planner draws massages). Implement it as a bean.
 */
public interface ChartMarkers {

	/** Something to mark on a day of the chart. */
	record Marker(LocalDate date, String label, String cssClass) {
	}

	List<Marker> markers(RunnerId runner, LocalDate from, LocalDate to);

}
