/**
 * Internal: subscribed iCalendar feeds of planned workouts, fetched only from public addresses.
 */
package io.runrub.training.feeds;
