package io.runrub.care.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.runrub.care.access.AccessGrants;
import io.runrub.care.access.AccessLog;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.shared.DomainException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins review who read which clinical note. */
@RestController
@RequestMapping("/api/v1/admin/access-log")
@Tag(name = "Admin")
class AccessLogApiController {

	private final AccessLog log;

	private final ClinicCatalog catalog;

	private final Clock clock;

	private final AccessGrants grants;

	AccessLogApiController(AccessLog log, AccessGrants grants, ClinicCatalog catalog, Clock clock) {
		this.log = log;
		this.grants = grants;
		this.catalog = catalog;
		this.clock = clock;
	}

	record EntryJson(long id, OffsetDateTime at, long accountId, String accountName, String accountRole, long noteId,
			Long runnerId, String runnerName, String path, AccessLog.Outcome outcome, Long grantAppointmentId,
			Long arrangedBy, String arrangedByName) {
	}

	record GrantJson(long id, OffsetDateTime at, long appointmentId, long runnerId, long therapistId, long arrangedBy,
			Long confirmedBy, AccessGrants.Kind kind) {
	}

	@GetMapping("/grants")
	@Operation(summary = "Grants of access to one runner's clinical record, newest first",
			description = "Each appointment that let a therapist into the record, with the account that arranged it "
					+ "(the runner who booked, or the admin who recorded history) and the runner who confirmed it.")
	List<GrantJson> grants(@RequestParam long runnerId) {
		ZoneId zone = catalog.zone();
		return grants.ofRunner(runnerId)
			.stream()
			.map(grant -> new GrantJson(grant.id(), grant.at().atZone(zone).toOffsetDateTime(), grant.appointmentId(),
					grant.runnerId(), grant.therapistId(), grant.arrangedBy(), grant.confirmedBy(), grant.kind()))
			.toList();
	}

	@GetMapping
	@Operation(summary = "Reads of clinical notes, newest first",
			description = "The clinic's days from..to (default: the last 30 days), optionally of one note. READ: shown; "
					+ "DENIED: the note exists but the caller may not see it; MISSING: no such note. At most 1000.")
	List<EntryJson> entries(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long noteId, @RequestParam(defaultValue = "200") int limit) {
		ZoneId zone = catalog.zone();
		LocalDate last = to == null ? LocalDate.ofInstant(clock.instant(), zone) : to;
		LocalDate first = from == null ? last.minusDays(29) : from;
		if (first.isAfter(last)) {
			throw DomainException.refused("access-log-range-invalid");
		}
		Instant start = first.atStartOfDay(zone).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
		return log.entries(start, end, noteId, limit)
			.stream()
			.map(entry -> new EntryJson(entry.id(), entry.at().atZone(zone).toOffsetDateTime(), entry.accountId(),
					entry.accountName(), entry.accountRole(), entry.noteId(), entry.runnerId(), entry.runnerName(),
					entry.path(), entry.outcome(), entry.grantAppointmentId(), entry.arrangedBy(),
					entry.arrangedByName()))
			.toList();
	}

}
