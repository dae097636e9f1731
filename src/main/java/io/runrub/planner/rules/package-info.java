/**
 * The rule catalogue as plain classes: one pure class per rule, each with its catalogue id, source and evidence grade,
 * no Spring, no database and no clock — time and inputs come in as arguments. Exposed to other modules (the care loop
 * uses the CARE rules) as the named interface {@code rules}.
 */
@org.springframework.modulith.NamedInterface("rules")
package io.runrub.planner.rules;
