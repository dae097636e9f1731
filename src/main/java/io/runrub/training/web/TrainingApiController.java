package io.runrub.training.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.runrub.training.DailyLoad;
import io.runrub.training.feeds.FeedSubscriptions;
import io.runrub.training.feeds.FeedView;
import io.runrub.training.ImportReport;
import io.runrub.training.LoadMethod;
import io.runrub.training.RacePriority;
import io.runrub.training.RaceView;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.SessionView;
import io.runrub.training.TrainingCalendar;
import io.runrub.training.TrainingImports;
import io.runrub.training.TrainingLog;
import io.runrub.training.spi.CalendarEntries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A runner's own training: sessions, races, imports and load. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Training")
class TrainingApiController {

	/** The longest range one request may read, so that one request cannot ask for decades. */
	static final int MAX_RANGE_DAYS = 800;

	/** Races are few: a season's worth of them may be read at once, a year back and two ahead by default. */
	static final int MAX_RACE_RANGE_DAYS = 1100;

	private final TrainingCalendar calendar;

	private final TrainingLog log;

	private final TrainingImports imports;

	private final FeedSubscriptions feeds;

	private final Refusals refusals;

	private final MessageSourceAccessor messages;

	/** The longest range the calendar (sessions, races and massages) may be read over at once. */
	static final int MAX_CALENDAR_DAYS = 92;

	private final org.springframework.beans.factory.ObjectProvider<CalendarEntries> massages;

	TrainingApiController(TrainingCalendar calendar, TrainingLog log, TrainingImports imports,
			FeedSubscriptions feeds, Refusals refusals, MessageSourceAccessor messages,
			org.springframework.beans.factory.ObjectProvider<CalendarEntries> massages) {
		this.massages = massages;
		this.refusals = refusals;
		this.messages = messages;
		this.calendar = calendar;
		this.log = log;
		this.imports = imports;
		this.feeds = feeds;
	}

	record SessionRequest(@NotNull(message = "{training.invalid.date}") LocalDate date, LocalTime startTime,
			@NotNull(message = "{training.invalid.type}") SessionType type,
			@NotNull(message = "{training.invalid.apiStatus}") SessionStatus status,
			@Size(max = 200, message = "{training.invalid.title}") String title,
			@Min(value = 0, message = "{training.invalid.minutes}") @Max(value = 2880,
					message = "{training.invalid.minutes}") Integer durationMinutes,
			@PositiveOrZero(message = "{training.invalid.distanceMeters}") @Max(value = 1_000_000,
					message = "{training.invalid.distanceMeters}") Double distanceMeters,
			@PositiveOrZero(message = "{training.invalid.elevation}") @Max(value = 20_000,
					message = "{training.invalid.elevation}") Double elevationGainMeters,
			@Min(value = 20, message = "{training.invalid.heartRate}") @Max(value = 250,
					message = "{training.invalid.heartRate}") Integer avgHeartRate,
			@Min(value = 0, message = "{training.invalid.rpe}") @Max(value = 10,
					message = "{training.invalid.rpe}") Integer rpe,
			@Size(max = 2000, message = "{training.invalid.notes}") String notes) {

		TrainingLog.SessionInput input() {
			return new TrainingLog.SessionInput(date, startTime, type, status, title, durationMinutes, distanceMeters,
					elevationGainMeters, avgHeartRate, rpe, notes);
		}

	}

	record SessionResponse(long id, LocalDate date, LocalTime startTime, SessionType type, SessionStatus status,
			String title, Integer durationMinutes, Double distanceMeters, Double elevationGainMeters,
			Integer avgHeartRate, Integer rpe, String notes, double load, String loadMethod, boolean loadEstimated,
			boolean hard, String hardSignal, String hardReason, String source) {

		static SessionResponse of(SessionView view) {
			return new SessionResponse(view.id(), view.date(), view.startTime(), view.type(), view.status(),
					view.title(), view.durationMinutes(), view.distanceMeters(), view.elevationGainMeters(),
					view.avgHeartRate(), view.rpe(), view.notes(), Math.round(view.load() * 10) / 10.0,
					view.loadMethod().name(), view.loadMethod() == io.runrub.training.LoadMethod.ESTIMATE,
					view.hard(), view.hardSignal() == null ? null : view.hardSignal().name(), view.hardReason(),
					view.source());
		}

	}

	@GetMapping("/training/sessions")
	@Operation(summary = "Sessions from..to (default: the last 4 weeks and the next 4)")
	List<SessionResponse> sessions(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate today = calendar.today();
		LocalDate first = from == null ? today.minusWeeks(4) : from;
		LocalDate last = to == null ? today.plusWeeks(4) : to;
		checkRange(first, last);
		return calendar.sessions(actor.runnerId(), first, last).stream().map(SessionResponse::of).toList();
	}

	/** One item of the calendar; the fields that do not apply to its kind are absent. */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	record CalendarItem(LocalDate date, String kind, Long id, SessionType type, SessionStatus status, String title,
			Boolean hard, String name, RacePriority priority, Double distanceMeters, LocalTime start,
			io.runrub.shared.Modality modality, Integer durationMinutes, Boolean booked, String therapist) {

		static CalendarItem session(SessionView view) {
			return new CalendarItem(view.date(), "SESSION", view.id(), view.type(), view.status(), view.title(),
					view.hard(), null, null, view.distanceMeters(), view.startTime(), null, view.durationMinutes(),
					null, null);
		}

		static CalendarItem race(RaceView race) {
			return new CalendarItem(race.date(), "RACE", race.id(), null, null, null, null, race.name(),
					race.priority(), race.distanceMeters(), null, null, null, null, null);
		}

		static CalendarItem massage(CalendarEntries.Massage massage) {
			return new CalendarItem(massage.date(), "MASSAGE", null, null, null, null, null, null, null, null,
					massage.start(), massage.modality(), massage.durationMinutes(), massage.booked(),
					massage.therapistName());
		}

	}

	@GetMapping("/training/calendar")
	@Operation(summary = "The calendar from..to: sessions, races and massages (booked and planned), by day",
			description = "Each item has a date and a kind (SESSION, RACE or MASSAGE). Default: this week and the "
					+ "next three; at most " + MAX_CALENDAR_DAYS + " days at once.")
	List<CalendarItem> calendar(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate first = from == null ? calendar.today() : from;
		LocalDate last = to == null ? first.plusWeeks(4).minusDays(1) : to;
		if (last.isBefore(first)) {
			throw DomainException.refused("training-range-reversed");
		}
		if (first.plusDays(MAX_CALENDAR_DAYS - 1).isBefore(last)) {
			throw DomainException.refused("training-range-too-long", MAX_CALENDAR_DAYS);
		}
		List<CalendarItem> items = new ArrayList<>();
		calendar.calendar(actor.runnerId(), first, last)
			.values()
			.forEach(entries -> entries.forEach(entry -> items.add(CalendarItem.session(entry.session()))));
		calendar.races(actor.runnerId(), first, last).forEach(race -> items.add(CalendarItem.race(race)));
		massages.getIfAvailable(() -> CalendarEntries.NONE)
			.massages(actor.runnerId(), first, last)
			.forEach(massage -> items.add(CalendarItem.massage(massage)));
		items.sort(java.util.Comparator.comparing(CalendarItem::date));
		return items;
	}

	@GetMapping("/training/sessions/{id}")
	SessionResponse session(Actor actor, @PathVariable long id) {
		return calendar.session(actor.runnerId(), id)
			.map(SessionResponse::of)
			.orElseThrow(() -> DomainException.notFound("session-not-found", id));
	}

	@PostMapping("/training/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	SessionResponse addSession(Actor actor, @Valid @RequestBody SessionRequest request) {
		return SessionResponse.of(log.addSession(actor.runnerId(), request.input()));
	}

	@PutMapping("/training/sessions/{id}")
	SessionResponse updateSession(Actor actor, @PathVariable long id,
			@Valid @RequestBody SessionRequest request) {
		return SessionResponse.of(log.updateSession(actor.runnerId(), id, request.input()));
	}

	@DeleteMapping("/training/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteSession(Actor actor, @PathVariable long id) {
		log.deleteSession(actor.runnerId(), id);
	}

	record HardRequest(Boolean hard) {
	}

	@PutMapping("/training/sessions/{id}/hard")
	@Operation(summary = "Override whether a session was hard (null: back to RunRub's verdict)")
	SessionResponse setHard(Actor actor, @PathVariable long id,
			@RequestBody HardRequest request) {
		return SessionResponse.of(log.setHard(actor.runnerId(), id, request.hard()));
	}

	record RaceRequest(@NotNull(message = "{training.invalid.date}") LocalDate date,
			@NotBlank(message = "{training.invalid.raceName}") @Size(max = 200,
					message = "{training.invalid.raceNameLength}") String name,
			@PositiveOrZero(message = "{training.invalid.distanceMeters}") @Max(value = 1_000_000,
					message = "{training.invalid.distanceMeters}") Double distanceMeters,
			@NotNull(message = "{training.invalid.apiPriority}") RacePriority priority) {

		TrainingLog.RaceInput input() {
			return new TrainingLog.RaceInput(date, name, distanceMeters, priority);
		}

	}

	@GetMapping("/training/races")
	@Operation(summary = "Races from..to (default: the last year and the next two; at most " + MAX_RACE_RANGE_DAYS
			+ " days)")
	List<RaceView> races(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate today = calendar.today();
		LocalDate first = from == null ? today.minusYears(1) : from;
		LocalDate last = to == null ? today.plusYears(2) : to;
		checkRange(first, last, MAX_RACE_RANGE_DAYS);
		return calendar.races(actor.runnerId(), first, last);
	}

	@GetMapping("/training/races/{id}")
	RaceView race(Actor actor, @PathVariable long id) {
		return calendar.race(actor.runnerId(), id)
			.orElseThrow(() -> DomainException.notFound("race-not-found", id));
	}

	@PostMapping("/training/races")
	@ResponseStatus(HttpStatus.CREATED)
	RaceView addRace(Actor actor, @Valid @RequestBody RaceRequest request) {
		return log.addRace(actor.runnerId(), request.input());
	}

	@PutMapping("/training/races/{id}")
	RaceView updateRace(Actor actor, @PathVariable long id,
			@Valid @RequestBody RaceRequest request) {
		return log.updateRace(actor.runnerId(), id, request.input());
	}

	@DeleteMapping("/training/races/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteRace(Actor actor, @PathVariable long id) {
		log.deleteRace(actor.runnerId(), id);
	}

	record ImportResponse(List<ImportReport> files) {
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import training files",
			description = "FIT, GPX, TCX, iCalendar (and .gz of each) and Strava export .zip files, in the multipart "
					+ "field 'files'. Each file lands completely or not at all. A rejected file is a 422 when it is "
					+ "the only one.")
	ResponseEntity<?> importFiles(Actor actor,
			@RequestParam("files") List<MultipartFile> files) {
		if (files.isEmpty()) {
			throw DomainException.refused("import-no-files");
		}
		List<TrainingImports.UploadedFile> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			// the part waits in a temporary file; its size was counted while it streamed in
			uploads.add(new TrainingImports.UploadedFile(file.getOriginalFilename(), file.getSize(), file));
		}
		List<ImportReport> reports;
		try {
			reports = imports.importFiles(actor.runnerId(), uploads);
		}
		catch (TrainingImports.ImportsBusy ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					messages.getMessage("problem.imports-busy.detail", new Object[] { ex.limit() }));
			problem.setTitle(messages.getMessage("problem.imports-busy.title"));
			problem.setType(Refusals.type("imports-busy"));
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, "5")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		if (reports.size() == 1 && reports.get(0).wasRejected()) {
			DomainException rejected = DomainException.refused("import-rejected", reports.get(0).message());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					refusals.detail(rejected));
			problem.setTitle(refusals.title(rejected));
			problem.setType(refusals.type(rejected));
			problem.setProperty("files", reports);
			return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.ok(new ImportResponse(reports));
	}

	record FeedRequest(@NotBlank(message = "{training.invalid.feedUrl}") @Size(max = 2000,
			message = "{training.invalid.feedUrl}") String url) {
	}

	@GetMapping("/training/feeds")
	List<FeedView> feeds(Actor actor) {
		return feeds.feeds(actor.runnerId());
	}

	@PostMapping("/training/feeds")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Subscribe to an iCalendar feed of planned workouts (https:// or webcal://)")
	FeedView subscribe(Actor actor, @Valid @RequestBody FeedRequest request) {
		return feeds.subscribe(actor.runnerId(), request.url());
	}

	@PostMapping("/training/feeds/{id}/refresh")
	@Operation(summary = "Read the feed again: add what is new, remove future planned sessions it no longer has")
	FeedView refresh(Actor actor, @PathVariable long id) {
		return feeds.refresh(actor.runnerId(), id);
	}

	@DeleteMapping("/training/feeds/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unsubscribe(Actor actor, @PathVariable long id) {
		feeds.unsubscribe(actor.runnerId(), id);
	}

	/**
	 * One day of the load model: {@code provisional} while it is still learning the runner's training (their first 6
	 * weeks, or no history yet), when it claims no spike; {@code methods} says how the day's loads were worked out.
	 */
	record LoadRow(LocalDate date, double load, double fitness, double fatigue, double form, boolean spike,
			boolean provisional, boolean projected, List<LoadMethod> methods) {

		static LoadRow of(DailyLoad day) {
			return new LoadRow(day.date(), round(day.load()), round(day.fitness()), round(day.fatigue()),
					round(day.form()), day.spike(), day.provisional(), day.projected(),
					day.methods().stream().sorted().toList());
		}

		private static double round(double value) {
			return Math.round(value * 10) / 10.0;
		}

	}

	/** The load model over a range, and whether it is still learning the runner's training as of today. */
	record LoadResponse(LocalDate from, LocalDate to, boolean provisional, String note, List<LoadRow> days) {
	}

	@GetMapping("/load")
	@Operation(summary = "Daily load, fitness (42-day), fatigue (7-day), form and load spikes",
			description = "One scale for every method: an hour at threshold is 100 whether it was recorded as effort "
					+ "(RPE × minutes) or heart rate (TRIMP). Each day is worked out from the start of the runner's "
					+ "history, so it reads the same in any range. For the first 6 weeks of history the model is "
					+ "provisional (still learning) and claims no spike. A spike is a sudden rise in completed load, a "
					+ "reason to favour recovery; it is not an injury prediction. At most " + MAX_RANGE_DAYS
					+ " days per request.")
	LoadResponse load(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate today = calendar.today();
		LocalDate first = from == null ? today.minusWeeks(8) : from;
		LocalDate last = to == null ? today.plusWeeks(4) : to;
		checkRange(first, last);
		// one run of the model covers the range and today, whose day says whether it is still learning
		List<DailyLoad> model = calendar.dailyLoad(actor.runnerId(), first.isAfter(today) ? today : first,
				last.isBefore(today) ? today : last);
		boolean provisional = model.stream().filter(day -> day.date().equals(today)).findFirst().orElseThrow()
			.provisional();
		List<LoadRow> days = model.stream()
			.filter(day -> !day.date().isBefore(first) && !day.date().isAfter(last))
			.map(LoadRow::of)
			.toList();
		return new LoadResponse(first, last, provisional,
				provisional ? messages.getMessage("training.load.learning") : null, days);
	}

	/** A range to read: at most {@value #MAX_RANGE_DAYS} days, {@code to} not before {@code from}; else a 400 on 'to'. */
	private void checkRange(LocalDate from, LocalDate to) {
		checkRange(from, to, MAX_RANGE_DAYS);
	}

	private void checkRange(LocalDate from, LocalDate to, int maxDays) {
		if (to.isBefore(from)) {
			throw rangeRefused("training-range-reversed");
		}
		if (from.plusDays(maxDays).isBefore(to)) {
			throw rangeRefused("training-range-too-long", maxDays);
		}
	}

	private ErrorResponseException rangeRefused(String code, Object... args) {
		DomainException refused = DomainException.refused(code, args);
		String detail = refusals.detail(refused);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(refusals.title(refused));
		problem.setType(refusals.type(refused));
		problem.setProperty("errors", List.of(Map.of("field", "to", "message", detail)));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
	}

}
