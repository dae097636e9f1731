/**
 * Internal: demo mode's seeded training for the demo runner.
 */
package io.runrub.training.demo;
