package io.runrub.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application against an in-memory H2 database (add {@link OnPostgres} for PostgreSQL), with the
 * {@link FixedClock}, {@link CheapPasswordHashing}, a {@link TestClinic} to set up data, and MockMvc.
 *
 * <p>
 * Every integration test uses exactly this configuration so that Spring caches one context per database for the
 * whole run; a test that needs something else pays for a context of its own. Tests share the database and start by
 * calling {@link TestClinic#reset()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({ FixedClock.class, CheapPasswordHashing.class, TestClinic.class, StatementCounting.class })
public @interface RunRubIntegrationTest {

}
