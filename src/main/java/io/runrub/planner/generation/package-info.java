/**
 * Making a plan, purely: everything a plan is made from ({@link io.runrub.planner.generation.PlanningInput}) in, dated
 * and explained suggestions out ({@link io.runrub.planner.generation.PlanGenerator}). No Spring, no database, no clock.
 * Internal to the planner.
 */
package io.runrub.planner.generation;
