package io.runrub.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@link RunRubIntegrationTest} against a fresh database on a real PostgreSQL 18 instead of H2. All test
 * classes that carry it share one Spring context (and so one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = FreshPostgresDatabase.class)
public @interface OnPostgres {

}
