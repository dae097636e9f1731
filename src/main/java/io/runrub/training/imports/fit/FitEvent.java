package io.runrub.training.imports.fit;

import java.time.Instant;

/**
 * An event message, in FIT profile codes: event 0 = timer, event type 0 = start, 4 = stop all. Each component
 * is null when absent.
 */
public record FitEvent(Instant time, Integer event, Integer eventType) {
}
