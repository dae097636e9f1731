package io.runrub.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * One line of text for people to read — a name, a title: no control characters (NUL, escape sequences, DEL, the C1
 * range) and no line breaks of any kind. Null is valid (pair with {@code @NotBlank} where a value is required).
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Pattern(regexp = "[^\\p{Cc}\\u2028\\u2029]*")
@ReportAsSingleViolation
public @interface SingleLine {

	String message() default "Use one line of ordinary text: no control characters or line breaks.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
