package io.runrub.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.runrub.care.access.AccessLog;
import io.runrub.clinic.ClinicCatalog;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's page of reads of clinical notes. */
@Controller
class AccessLogPageController {

	private final AccessLog log;

	private final ClinicCatalog catalog;

	private final Clock clock;

	AccessLogPageController(AccessLog log, ClinicCatalog catalog, Clock clock) {
		this.log = log;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/admin/access-log")
	String accessLog(@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" }) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" }) LocalDate to,
			@RequestParam(required = false) Long noteId, Model model) {
		ZoneId zone = catalog.zone();
		LocalDate last = to == null ? LocalDate.ofInstant(clock.instant(), zone) : to;
		LocalDate first = from == null || from.isAfter(last) ? last.minusDays(29) : from;
		model.addAttribute("entries", log.entries(first.atStartOfDay(zone).toInstant(),
				last.plusDays(1).atStartOfDay(zone).toInstant(), noteId, AccessLog.MAX_ENTRIES));
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("noteId", noteId);
		model.addAttribute("zone", zone);
		return "care/access-log";
	}

}
