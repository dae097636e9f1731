/**
 * What the training module asks of the modules that depend on it: implemented by the planner (massages in the
 * training calendar), used by training's calendar page and API.
 */
@org.springframework.modulith.NamedInterface("spi")
package io.runrub.training.spi;
