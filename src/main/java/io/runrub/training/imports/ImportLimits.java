package io.runrub.training.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one import may contain and how many a runner may run at once, so that one request's work stays bounded.
 * A real training plan has a few hundred sessions, a watch file one, a year of training a few hundred; a calendar of
 * tens of thousands of events is a mistake or an attack.
 * @param sessionsPerFile the most sessions and races one file (a calendar, a TCX with many activities) may hold
 * @param activitiesPerExport the most activities one Strava export may hold (a decade of daily running is ~4,000)
 * @param sessionsPerDay the most sessions one day of a runner's calendar may hold, counting what is already there
 * @param concurrentPerRunner how many imports one runner may have under way at once
 * @param maxFileBytes the largest file read, as uploaded (compressed or not)
 * @param maxExportBytes the largest Strava export read (it is streamed from disk, never held in memory)
 */
@ConfigurationProperties("runrub.training.imports")
public record ImportLimits(@DefaultValue("5000") int sessionsPerFile, @DefaultValue("20000") int activitiesPerExport,
		@DefaultValue("20") int sessionsPerDay, @DefaultValue("2") int concurrentPerRunner,
		@DefaultValue("26214400") long maxFileBytes, @DefaultValue("104857600") long maxExportBytes) {

	public static final ImportLimits DEFAULTS = new ImportLimits(5000, 20_000, 20, 2, 25L * 1024 * 1024,
			100L * 1024 * 1024);

}
