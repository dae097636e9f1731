package io.runrub.planner.web;

import java.time.LocalDate;
import java.util.List;

import io.runrub.training.ChartMarkers;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/** Draws the plan's massages on the training chart. */
@Component
class PlanChartMarkers implements ChartMarkers {

	private final PlanOfTheRequest plan;

	private final MessageSourceAccessor messages;

	PlanChartMarkers(PlanOfTheRequest plan, MessageSourceAccessor messages) {
		this.plan = plan;
		this.messages = messages;
	}

	@Override
	public List<Marker> markers(io.runrub.accounts.RunnerId runner, LocalDate from, LocalDate to) {
		return plan.current(runner)
			.map(view -> view.massages()
				.stream()
				.filter(massage -> !massage.date().isBefore(from) && !massage.date().isAfter(to))
				.map(massage -> new Marker(massage.date(),
						messages.getMessage(massage.isBooked() ? "plan.marker.booked" : "plan.marker",
								new Object[] { massage.modality().displayName(),
										messages.getMessage("runners.pressure." + massage.pressure().name())
											.toLowerCase(java.util.Locale.UK) }),
						"massage"))
				.toList())
			.orElse(List.of());
	}

}
