package io.runrub;

import java.util.Arrays;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;

/**
 * Lets an operator see cross-module events whose listener has not (yet) succeeded: their count is a detail of
 * {@code /actuator/health} (shown to admins only) and the gauge {@code runrub.events.incomplete}. A count that stays
 * above zero means a listener keeps failing; those publications are published again on the next start. Belongs to the
 * application as a whole rather than to one module, so it lives next to {@link RunRubApplication}.
 */
@Component("incompleteEvents")
class IncompleteEventsHealth implements HealthIndicator {

	private final EventPublicationRepository publications;

	IncompleteEventsHealth(EventPublicationRepository publications, MeterRegistry meters) {
		this.publications = publications;
		Gauge.builder("runrub.events.incomplete", this, IncompleteEventsHealth::incomplete)
			.description("Cross-module event publications whose listener has not completed")
			.register(meters);
	}

	/** Publications in any state but completed. */
	int incomplete() {
		return Arrays.stream(EventPublication.Status.values())
			.filter(status -> status != EventPublication.Status.COMPLETED)
			.mapToInt(publications::countByStatus)
			.sum();
	}

	@Override
	public Health health() {
		// incomplete publications are not an outage (a listener may be running right now): the status stays up
		return Health.up().withDetail("incomplete", incomplete()).build();
	}

}
