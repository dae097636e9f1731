package io.runrub.training.web;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.runrub.training.feeds.FeedSubscriptions;
import io.runrub.training.RacePriority;
import io.runrub.training.RaceView;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingCalendar;
import io.runrub.training.TrainingImports;
import io.runrub.training.TrainingLog;
import io.runrub.training.ChartMarkers;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training page: calendar by month or week, the load chart, imports, and sessions and races by hand. */
@Controller
class TrainingPageController {

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	private final TrainingCalendar calendar;

	private final TrainingLog log;

	private final TrainingImports imports;

	private final ObjectProvider<ChartMarkers> markers;

	private final FeedSubscriptions feeds;

	private final ObjectProvider<io.runrub.training.spi.CalendarEntries> massages;

	TrainingPageController(TrainingCalendar calendar, TrainingLog log, TrainingImports imports,
			ObjectProvider<ChartMarkers> markers, FeedSubscriptions feeds, MessageSourceAccessor messages,
			Refusals refusals, ObjectProvider<io.runrub.training.spi.CalendarEntries> massages) {
		this.massages = massages;
		this.messages = messages;
		this.refusals = refusals;
		this.calendar = calendar;
		this.log = log;
		this.imports = imports;
		this.markers = markers;
		this.feeds = feeds;
	}

	@GetMapping("/training")
	String training(Actor actor, @RequestParam(defaultValue = "month") String view,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		RunnerId runnerId = actor.runnerId();
		LocalDate today = calendar.today();
		LocalDate anchor = date == null ? today : date;
		boolean week = "week".equals(view);
		LocalDate from;
		LocalDate to;
		if (week) {
			from = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			to = from.plusDays(6);
			model.addAttribute("previous", from.minusWeeks(1));
			model.addAttribute("next", from.plusWeeks(1));
		}
		else {
			YearMonth month = YearMonth.from(anchor);
			from = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			to = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			model.addAttribute("month", month);
			model.addAttribute("previous", month.minusMonths(1).atDay(1));
			model.addAttribute("next", month.plusMonths(1).atDay(1));
		}
		Map<LocalDate, List<TrainingCalendar.CalendarEntry>> days = calendar.calendar(runnerId, from, to);
		model.addAttribute("view", week ? "week" : "month");
		model.addAttribute("anchor", anchor);
		model.addAttribute("today", today);
		model.addAttribute("days", days);
		model.addAttribute("weeks", weeks(days));
		LocalDate chartFrom = today.minusWeeks(8);
		LocalDate chartTo = today.plusWeeks(4);
		// the races of the calendar's days and of the chart's weeks in one query
		List<RaceView> races = calendar.races(runnerId, chartFrom.isBefore(from) ? chartFrom : from,
				chartTo.isAfter(to) ? chartTo : to);
		model.addAttribute("races", within(races, from, to));
		model.addAttribute("massages", massages.getIfAvailable(() -> io.runrub.training.spi.CalendarEntries.NONE)
			.massages(runnerId, from, to));
		model.addAttribute("chartFrom", chartFrom);
		model.addAttribute("chartTo", chartTo);
		List<ChartMarkers.Marker> marks = new ArrayList<>();
		within(races, chartFrom, chartTo).forEach(race -> marks.add(new ChartMarkers.Marker(race.date(),
				messages.getMessage("training.raceMarker." + race.priority().name(), new Object[] { race.name() }),
				"race")));
		// hard sessions are marked in the calendar (a triangle badge), whose verdicts need 42 days of context: the
		// chart reads loads summed per day, never whole sessions for its 12 weeks
		ChartMarkers provider = markers.getIfAvailable();
		if (provider != null) {
			marks.addAll(provider.markers(runnerId, chartFrom, chartTo));
		}
		var load = calendar.dailyLoad(runnerId, chartFrom, chartTo);
		// each day described once for both drawings, its numbers formatted by one NumberFormat (MessageFormat makes a
		// new one for every number: 3.5% of all page CPU under the load suite, JFR)
		NumberFormat numbers = NumberFormat.getInstance(LocaleContextHolder.getLocale());
		Map<io.runrub.training.DailyLoad, String> described = new IdentityHashMap<>();
		load.forEach(day -> described.put(day, describeDay(day, numbers)));
		LoadChart.Words words = new LoadChart.Words(messages.getMessage("training.chart"),
				messages.getMessage("training.chart.axis"), LoadChart::shortDate,
				day -> described.computeIfAbsent(day, d -> describeDay(d, numbers)));
		model.addAttribute("chart", LoadChart.svg(LoadChart.Size.WIDE, load, marks, today, words));
		model.addAttribute("chartNarrow", LoadChart.svg(LoadChart.Size.NARROW, load, marks, today, words));
		model.addAttribute("chartRows", load.stream().map(day -> new ChartRow(day.date(), Math.round(day.load()),
				Math.round(day.fitness()), Math.round(day.fatigue()), Math.round(day.form()), day.projected(),
				day.spike(), marks.stream().filter(mark -> mark.date().equals(day.date()))
					.map(ChartMarkers.Marker::label).toList())).toList());
		model.addAttribute("feeds", feeds.feeds(runnerId));
		model.addAttribute("todayLoad", load.stream().filter(day -> day.date().equals(today)).findFirst().orElse(null));
		// nothing to draw yet: the page says what to do first instead of showing an empty chart
		// (asked of the database only when the chart's weeks are empty: a runner whose training is all years ago
		// has training, and sees the chart and a note that it is outside these weeks)
		model.addAttribute("nothingYet", marks.isEmpty()
				&& load.stream().allMatch(day -> day.load() == 0 && day.fitness() == 0)
				&& days.values().stream().allMatch(List::isEmpty) && !calendar.hasAnything(runnerId));
		return "training/training";
	}

	private static List<RaceView> within(List<RaceView> races, LocalDate from, LocalDate to) {
		return races.stream().filter(race -> !race.date().isBefore(from) && !race.date().isAfter(to)).toList();
	}

	/** One day of the chart as a row of its table (the chart's text alternative). */
	record ChartRow(LocalDate date, long load, long fitness, long fatigue, long form, boolean planned, boolean spike,
			List<String> marks) {
	}

	/** What a day's tap target says: its numbers, and whether it is planned or a spike. */
	private String describeDay(io.runrub.training.DailyLoad day, NumberFormat numbers) {
		// the numbers as MessageFormat writes a number argument in the message's locale (the accessor's: the request's)
		String text = messages.getMessage("training.chart.day", new Object[] { LoadChart.shortDate(day.date()),
				numbers.format(Math.round(day.load())), numbers.format(Math.round(day.fitness())),
				numbers.format(Math.round(day.fatigue())), numbers.format(Math.round(day.form())) });
		if (day.projected() && day.load() > 0) {
			text += "; " + messages.getMessage("training.chart.planned");
		}
		if (day.spike()) {
			text += "; " + messages.getMessage("training.chart.spikeMark");
		}
		return text;
	}

	private static List<List<LocalDate>> weeks(Map<LocalDate, ?> days) {
		List<List<LocalDate>> weeks = new ArrayList<>();
		List<LocalDate> current = new ArrayList<>();
		for (LocalDate day : days.keySet()) {
			current.add(day);
			if (current.size() == 7) {
				weeks.add(current);
				current = new ArrayList<>();
			}
		}
		if (!current.isEmpty()) {
			weeks.add(current);
		}
		return weeks;
	}

	@PostMapping("/training/import")
	String importFiles(Actor actor, @RequestParam("files") List<MultipartFile> files,
			RedirectAttributes redirect) {
		List<TrainingImports.UploadedFile> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())) {
				// the part waits in a temporary file; its size was counted while it streamed in
				uploads.add(new TrainingImports.UploadedFile(file.getOriginalFilename(), file.getSize(), file));
			}
		}
		if (uploads.isEmpty()) {
			redirect.addFlashAttribute("error", text("flash.import.noFiles"));
			return "redirect:/training";
		}
		try {
			redirect.addFlashAttribute("importReports", imports.importFiles(actor.runnerId(), uploads));
		}
		catch (TrainingImports.ImportsBusy ex) {
			redirect.addFlashAttribute("error", text("problem.imports-busy.detail", ex.limit()));
		}
		return "redirect:/training";
	}

	@PostMapping("/training/feeds")
	String subscribe(Actor actor, @RequestParam String url, RedirectAttributes redirect) {
		try {
			var feed = feeds.subscribe(actor.runnerId(), url);
			redirect.addFlashAttribute("message", text("flash.feed.subscribed", feed.lastResult()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/training";
	}

	@PostMapping("/training/feeds/{id}/refresh")
	String refresh(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			var feed = feeds.refresh(actor.runnerId(), id);
			redirect.addFlashAttribute("message", text("flash.feed.refreshed", feed.lastResult()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/training";
	}

	@PostMapping("/training/feeds/{id}/delete")
	String unsubscribe(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		feeds.unsubscribe(actor.runnerId(), id);
		redirect.addFlashAttribute("message", text("flash.feed.unsubscribed"));
		return "redirect:/training";
	}

	@GetMapping("/training/sessions/new")
	String newSession(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate day = date == null ? calendar.today() : date;
		model.addAttribute("sessionForm", SessionForm.empty(day,
				day.isAfter(calendar.today()) ? SessionStatus.PLANNED : SessionStatus.COMPLETED));
		return formPage(model, null);
	}

	@PostMapping("/training/sessions")
	String addSession(Actor actor, @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formPage(model, null);
		}
		try {
			log.addSession(actor.runnerId(), form.input());
		}
		catch (DomainException.RuleViolation ex) {
			reject(result, ex, SessionForm.fieldOf(ex.code()));
			return formPage(model, null);
		}
		redirect.addFlashAttribute("message", text("flash.session.saved"));
		return "redirect:/training?date=" + form.date();
	}

	@GetMapping("/training/sessions/{id}/edit")
	String editSession(Actor actor, @PathVariable long id, Model model) {
		var session = calendar.session(actor.runnerId(), id)
			.orElseThrow(() -> DomainException.notFound("session-not-found", id));
		model.addAttribute("sessionForm", SessionForm.of(session));
		model.addAttribute("entry", session);
		return formPage(model, id);
	}

	@PostMapping("/training/sessions/{id}")
	String updateSession(Actor actor, @PathVariable long id,
			@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formPage(model, id);
		}
		try {
			log.updateSession(actor.runnerId(), id, form.input());
		}
		catch (DomainException.RuleViolation ex) {
			reject(result, ex, SessionForm.fieldOf(ex.code()));
			return formPage(model, id);
		}
		redirect.addFlashAttribute("message", text("flash.session.saved"));
		return "redirect:/training?date=" + form.date();
	}

	@PostMapping("/training/sessions/{id}/delete")
	String deleteSession(Actor actor, @PathVariable long id,
			RedirectAttributes redirect) {
		log.deleteSession(actor.runnerId(), id);
		redirect.addFlashAttribute("message", text("flash.session.deleted"));
		return "redirect:/training";
	}

	@PostMapping("/training/sessions/{id}/hard")
	String setHard(Actor actor, @PathVariable long id,
			@RequestParam(required = false) String hard, RedirectAttributes redirect) {
		Boolean value = hard == null || hard.isBlank() ? null : Boolean.valueOf(hard);
		var session = log.setHard(actor.runnerId(), id, value);
		redirect.addFlashAttribute("message", session.hardReason());
		return "redirect:/training/sessions/" + id + "/edit";
	}

	private String formPage(Model model, Long id) {
		model.addAttribute("sessionId", id);
		model.addAttribute("types", labels(SessionType.values(), "type."));
		model.addAttribute("statuses", labels(SessionStatus.values(), "status."));
		return "training/session-form";
	}

	@GetMapping("/training/races/new")
	String newRace(Model model) {
		model.addAttribute("raceForm", RaceForm.empty(calendar.today().plusWeeks(8)));
		return raceFormPage(model);
	}

	@PostMapping("/training/races")
	String addRace(Actor actor, @Valid @ModelAttribute("raceForm") RaceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return raceFormPage(model);
		}
		try {
			log.addRace(actor.runnerId(), form.input());
		}
		catch (DomainException.RuleViolation ex) {
			reject(result, ex, RaceForm.fieldOf(ex.code()));
			return raceFormPage(model);
		}
		redirect.addFlashAttribute("message", text("flash.race.added"));
		return "redirect:/training?date=" + form.date();
	}

	@PostMapping("/training/races/{id}/delete")
	String deleteRace(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		log.deleteRace(actor.runnerId(), id);
		redirect.addFlashAttribute("message", text("flash.race.deleted"));
		return "redirect:/training";
	}

	private String raceFormPage(Model model) {
		model.addAttribute("priorities", labels(RacePriority.values(), "priority."));
		return "training/race-form";
	}

	/** A refusal of the domain, shown next to the field it is about, or at the top of the form when none. */
	private void reject(BindingResult result, DomainException ex, String field) {
		if (field == null) {
			result.reject(ex.code(), refusals.detail(ex));
		}
		else {
			result.rejectValue(field, ex.code(), refusals.detail(ex));
		}
	}

	/** Choices of a select, each with its words from messages.properties. */
	private Map<String, String> labels(Enum<?>[] values, String prefix) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			labels.put(value.name(), messages.getMessage(prefix + value.name()));
		}
		return labels;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args);
	}

}
