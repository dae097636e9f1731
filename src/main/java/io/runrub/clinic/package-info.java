/**
 * The clinic: therapists and the modalities they offer, services, working hours, time off and booking policies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinic", allowedDependencies = { "shared", "accounts" })
package io.runrub.clinic;
