package io.runrub.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.runrub.clinic.ClinicCatalog;
import io.runrub.reports.figures.ReportRange;
import io.runrub.reports.figures.ReportRange.ReportRangeRefused;
import io.runrub.reports.figures.Reports;
import io.runrub.shared.web.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's reports as JSON, or as CSV with {@code format=csv}. Every report takes the clinic's days from..to
 * (inclusive, at most a year); a bad range is a 400 that names the field to change.
 */
@RestController
@Tag(name = "Reports")
class ReportsApiController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Reports reports;

	private final ReportTables tables;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	ReportsApiController(Reports reports, ReportTables tables, ClinicCatalog catalog, MessageSourceAccessor messages) {
		this.reports = reports;
		this.tables = tables;
		this.catalog = catalog;
		this.messages = messages;
	}

	/** rooms is null until the clinic has rooms. */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
	record Utilisation(LocalDate from, LocalDate to, List<Reports.UtilisationRow> rows,
			List<Reports.RoomUtilisationRow> rooms) {
	}

	record Attendance(LocalDate from, LocalDate to, boolean attendanceRecorded, List<Reports.AttendanceRow> rows) {
	}

	record Revenue(LocalDate from, LocalDate to, String currency, long totalCents, List<Reports.RevenueRow> rows) {
	}

	record RaceDemand(LocalDate from, LocalDate to, int smallestGroup, int daysWithFewerRunners,
			List<Reports.RaceDemandRow> days) {
	}

	@GetMapping("/api/v1/admin/reports/utilisation")
	@Operation(summary = "Utilisation per therapist per ISO week",
			description = "bookedMinutes (time with clients) ÷ workingMinutes (hours less breaks, time off and closed "
					+ "days); percent is null for a week without working time. rooms: per room, booked minutes ÷ "
					+ "minutes the clinic is open (null until the clinic has rooms). format=csv for a CSV file of the "
					+ "therapists' rows, then the rooms'.")
	ResponseEntity<?> utilisation(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String format) {
		ReportRange range = new ReportRange(from, to);
		return answer("utilisation", range, format, () -> {
			Reports.Utilisation both = reports.utilisationWithRooms(range);
			return new Answer(new Utilisation(from, to, both.therapists(), both.rooms().orElse(null)),
					() -> tables.utilisationCsv(both).csv());
		});
	}

	@GetMapping("/api/v1/admin/reports/attendance")
	@Operation(summary = "Appointments, cancellations, late cancellations and no-shows per ISO week",
			description = "lateCancelled and noShows are null while attendance is not recorded.")
	ResponseEntity<?> attendance(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String format) {
		ReportRange range = new ReportRange(from, to);
		return answer("attendance", range, format, () -> {
			List<Reports.AttendanceRow> rows = reports.attendance(range);
			return new Answer(new Attendance(from, to, reports.attendanceRecorded(), rows),
					() -> tables.attendance(rows).csv());
		});
	}

	@GetMapping("/api/v1/admin/reports/revenue")
	@Operation(summary = "Revenue by service (and package)",
			description = "Appointments already started and not cancelled (nor missed) nor paid by a package credit, at the service's price, then packages sold, in "
					+ "minor units of the clinic's currency.")
	ResponseEntity<?> revenue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String format) {
		ReportRange range = new ReportRange(from, to);
		return answer("revenue", range, format, () -> {
			List<Reports.RevenueRow> rows = reports.revenue(range);
			long total = rows.stream().mapToLong(Reports.RevenueRow::amountCents).sum();
			return new Answer(
					new Revenue(from, to, catalog.clinic().currency().getCurrencyCode(), total, rows),
					() -> tables.revenue(rows, LocaleContextHolder.getLocale()).csv());
		});
	}

	@GetMapping("/api/v1/admin/reports/race-demand")
	@Operation(summary = "Race-week demand: runners' planned pre- and post-race massages against free capacity",
			description = "For each day from..to (not before today) with A or B races of at least 3 runners. Counts "
					+ "of fewer than 3 runners are null, with the minutes that would tell them.")
	ResponseEntity<?> raceDemand(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String format) {
		ReportRange range = new ReportRange(from, to);
		return answer("race-demand", range, format, () -> {
			Reports.RaceDemand demand = reports.raceDemand(range);
			return new Answer(new RaceDemand(from, to, Reports.SMALLEST_GROUP, demand.daysWithFewerRunners(),
					demand.days()), () -> tables.raceDemand(demand).csv());
		});
	}

	private record Answer(Object json, Supplier<String> csv) {
	}

	private ResponseEntity<?> answer(String name, ReportRange range, String format, Supplier<Answer> report) {
		if (format != null && !format.equals("csv") && !format.equals("json")) {
			throw new UnknownFormat(format);
		}
		Answer answer = report.get();
		if (!"csv".equals(format)) {
			return ResponseEntity.ok(answer.json());
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(name, range)).build().toString())
			.body(answer.csv().get());
	}

	static String fileName(String name, ReportRange range) {
		return "runrub-" + name + "-" + range.from() + "-to-" + range.to() + ".csv";
	}

	/** A format other than csv or json: a 400 naming the field, like a bad range. */
	static final class UnknownFormat extends RuntimeException {

		UnknownFormat(String format) {
			super(format);
		}

	}

	@ExceptionHandler(ReportRangeRefused.class)
	ResponseEntity<ProblemDetail> badRange(ReportRangeRefused ex) {
		return badRequest(ex.code(), ex.field(), ex.args());
	}

	@ExceptionHandler(UnknownFormat.class)
	ResponseEntity<ProblemDetail> badFormat(UnknownFormat ex) {
		return badRequest("report-format-unknown", "format", new Object[] { ex.getMessage() });
	}

	private ResponseEntity<ProblemDetail> badRequest(String code, String field, Object[] args) {
		String detail = messages.getMessage("problem." + code + ".detail", args);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(messages.getMessage("problem." + code + ".title"));
		problem.setType(Refusals.type(code));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
