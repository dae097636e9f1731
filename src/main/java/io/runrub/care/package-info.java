/**
 * Care: the loop between sessions. Treatment notes signed by the appointment's therapist and never edited in place
 * (every change is an amendment that keeps the original), insights across notes, check-ins and training, the exercise
 * library and homework, honest check-ins, body check-ins, the therapist's brief, and the log of every read of a
 * clinical note.
 *
 * <p>
 * Who sees what: a runner sees their own runner-facing feedback, homework, check-ins, body check-ins and insights;
 * the clinical record (findings, techniques, pressure, tolerance, amendments) is seen only by therapists who have
 * treated the runner or are booked with them, and every such read is logged for admins to review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care", allowedDependencies = { "shared", "accounts",
		"clinic", "booking", "runners", "training", "planner::rules", "planner::spi" })
package io.runrub.care;
