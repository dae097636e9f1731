package io.runrub.clinic.web;

import java.time.Instant;
import java.time.ZoneId;

/** Time off as typed: local dates and times in the clinic's zone, and a reason. */
record TimeOffForm(String start, String end, String reason) {

	static TimeOffForm empty() {
		return new TimeOffForm("", "", "");
	}

	record Checked(Instant start, Instant end, String reason) {
	}

	/** Reads the local times in the clinic's zone; in a daylight-saving gap a time moves forward by the gap. */
	Checked checked(ZoneId zone) {
		Instant from = FormValues.dateTime(start, "admin.timeOff.start").atZone(zone).toInstant();
		Instant to = FormValues.dateTime(end, "admin.timeOff.end").atZone(zone).toInstant();
		return new Checked(from, to, FormValues.optional(reason, "admin.timeOff.reason", 200));
	}

}
