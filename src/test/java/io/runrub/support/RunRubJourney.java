package io.runrub.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A browser journey: the whole application with its demo data on a real port, with the same {@link FixedClock} and
 * {@link CheapPasswordHashing} as every other integration test, so that what the demo seeds and what the journey
 * sees happen on known days, and all journeys share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "runrub.demo=true")
@Import({ FixedClock.class, CheapPasswordHashing.class, TestClinic.class })
public @interface RunRubJourney {

}
