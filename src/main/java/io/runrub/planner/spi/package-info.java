/**
 * What the planner asks of the modules that depend on it: implemented by care, used by the planner.
 */
@org.springframework.modulith.NamedInterface("spi")
package io.runrub.planner.spi;
