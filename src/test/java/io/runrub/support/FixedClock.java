package io.runrub.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of every integration test: Friday 20 March 2026, 10:00 UTC (10:00 in London, still on GMT). The clocks
 * go forward on Sunday 29 March and back on Sunday 25 October 2026, so with the test clinic's 60-day booking window
 * the March change is inside it.
 *
 * <p>
 * It is a {@link Primary} bean next to the application's own {@code clock}, rather than an override of it: no
 * {@code allow-bean-definition-overriding}, and every constructor that asks for a {@link Clock} gets this one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

	public static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
