package io.runrub.care.insights;

import java.time.LocalDate;

import io.runrub.accounts.RunnerId;
import io.runrub.planner.spi.CareSignals;

import org.springframework.stereotype.Component;

/**
 * Care's answer to the planner: recurring pain and homework done without improvement, read from the same facts and
 * rules as the runner's insights ({@link CareInsights#signals}), so the planner and the runner are never told
 * different things.
 */
@Component
class InsightSignals implements CareSignals {

	private final RunnerInsights insights;

	InsightSignals(RunnerInsights insights) {
		this.insights = insights;
	}

	@Override
	public Signals of(RunnerId runner, LocalDate today) {
		return CareInsights.signals(insights.facts(runner, today));
	}

}
