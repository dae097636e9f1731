/**
 * Readers for the files runners bring: FIT, GPX, TCX, iCalendar and Strava bulk exports. Each reader turns one file
 * into sessions and races, or rejects the whole file with a message a person understands.
 */
package io.runrub.training.imports;
