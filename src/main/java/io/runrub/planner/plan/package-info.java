/**
 * The runner's stored plan and what happens to it: making and storing it
 * ({@link io.runrub.planner.plan.PlanGeneration}), booking it whole ({@link io.runrub.planner.plan.PlanBooking}),
 * re-planning when training, profile or bookings change ({@link io.runrub.planner.plan.Replanning}). Internal to the
 * planner: its web controllers use it; other modules do not.
 */
package io.runrub.planner.plan;
