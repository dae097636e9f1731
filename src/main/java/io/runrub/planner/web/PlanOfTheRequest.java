package io.runrub.planner.web;

import java.util.Optional;

import io.runrub.accounts.RunnerId;
import io.runrub.planner.plan.PlanGeneration;
import io.runrub.planner.plan.PlanGeneration.PlanView;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The runner's stored plan as the training page's planner parts see it: read once per request, however many of them
 * ask. The page's calendar ({@link PlanCalendarEntries}) and its chart ({@link PlanChartMarkers}) both show the plan's
 * massages; each reading it made the page read the plan twice (its header, suggestions and their child lists). Only
 * pages that read the plan use it, never a change, so a request never sees a plan older than its own start. Outside
 * a request every call reads the plan.
 */
@Component
class PlanOfTheRequest {

	private static final String ATTRIBUTE = PlanOfTheRequest.class.getName() + ".";

	private final PlanGeneration generation;

	PlanOfTheRequest(PlanGeneration generation) {
		this.generation = generation;
	}

	@SuppressWarnings("unchecked")
	Optional<PlanView> current(RunnerId runner) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return generation.current(runner);
		}
		String name = ATTRIBUTE + runner.value();
		Optional<PlanView> plan = (Optional<PlanView>) request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (plan == null) {
			plan = generation.current(runner);
			request.setAttribute(name, plan, RequestAttributes.SCOPE_REQUEST);
		}
		return plan;
	}

}
