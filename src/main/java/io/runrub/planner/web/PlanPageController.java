package io.runrub.planner.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistView;
import io.runrub.planner.plan.PlanBooking;
import io.runrub.planner.plan.PlanGeneration;
import io.runrub.planner.plan.Replanning;
import io.runrub.planner.rules.RuleCatalogue;
import io.runrub.planner.rules.RuleInfo;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.runrub.planner.plan.PlannedMassage;
import io.runrub.training.RaceView;
import io.runrub.training.TrainingCalendar;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan as a timeline beside the training, "why this day?", booking it all, and the Evidence page. */
@Controller
class PlanPageController {

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	private final PlanGeneration generation;

	private final PlanBooking booking;

	private final Replanning replanning;

	private final TrainingCalendar training;

	private final ClinicCatalog catalog;

	private final AppointmentCalendar appointments;

	private final io.runrub.planner.plan.LaterBookings later;

	PlanPageController(PlanGeneration generation, PlanBooking booking, Replanning replanning,
			TrainingCalendar training, ClinicCatalog catalog, AppointmentCalendar appointments,
			MessageSourceAccessor messages, Refusals refusals, io.runrub.planner.plan.LaterBookings later) {
		this.later = later;
		this.messages = messages;
		this.refusals = refusals;
		this.generation = generation;
		this.booking = booking;
		this.replanning = replanning;
		this.training = training;
		this.catalog = catalog;
		this.appointments = appointments;
	}

	@GetMapping("/plan")
	String plan(Actor actor, Model model) {
		var plan = generation.current(actor.runnerId());
		if (plan.isEmpty()) {
			try {
				plan = java.util.Optional.of(generation.generate(actor.runnerId(), null, null));
			}
			catch (DomainException.RuleViolation ex) {
				model.addAttribute("cannotPlan", refusals.detail(ex));
				return "planner/plan";
			}
		}
		var view = plan.get();
		model.addAttribute("plan", view);
		model.addAttribute("therapists",
				catalog.allTherapists().stream().collect(Collectors.toMap(TherapistView::id, Function.identity())));
		model.addAttribute("appointments", appointments.forRunner(actor.runnerId())
			.stream()
			.collect(Collectors.toMap(AppointmentView::id, Function.identity())));
		LocalDate from = view.from().minusDays(3);
		LocalDate to = view.to();
		Map<LocalDate, List<TrainingCalendar.CalendarEntry>> days = training.calendar(actor.runnerId(), from, to);
		List<RaceView> races = training.races(actor.runnerId(), from, to);
		List<TimelineDay> timeline = new java.util.ArrayList<>();
		days.forEach((date, entries) -> {
			List<PlannedMassage> massages = view.massages().stream().filter(m -> m.date().equals(date)).toList();
			List<RaceView> raceDay = races.stream().filter(race -> race.date().equals(date)).toList();
			if (!entries.isEmpty() || !massages.isEmpty() || !raceDay.isEmpty()) {
				timeline.add(new TimelineDay(date, entries, raceDay, massages));
			}
		});
		model.addAttribute("timeline", timeline);
		model.addAttribute("bookLaterWished", later.wished(actor.runnerId()));
		return "planner/plan";
	}

	/** One day of the timeline: training, races and massages side by side. */
	record TimelineDay(LocalDate date, List<TrainingCalendar.CalendarEntry> training, List<RaceView> races,
			List<PlannedMassage> massages) {
	}

	@PostMapping("/plan")
	String regenerate(Actor actor, RedirectAttributes redirect) {
		try {
			generation.generate(actor.runnerId(), null, null);
			redirect.addFlashAttribute("message", messages.getMessage("flash.plan.upToDate"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/plan";
	}

	@GetMapping("/plan/book")
	String preview(Actor actor, Model model) {
		model.addAttribute("proposals", booking.propose(actor.runnerId()));
		// "everything is booked" is only true of a plan with massages in it
		model.addAttribute("hasPlan", generation.current(actor.runnerId()).filter(plan -> !plan.massages().isEmpty()).isPresent());
		model.addAttribute("zone", catalog.zone());
		return "planner/book";
	}

	@PostMapping("/plan/book")
	String book(Actor actor, RedirectAttributes redirect) {
		try {
			PlanBooking.Result result = booking.bookAll(actor.runnerId());
			String later = result.later().isEmpty() ? ""
					: " " + messages.getMessage("flash.plan.laterCount", new Object[] { result.later().size() });
			if (result.unplaced().isEmpty()) {
				redirect.addFlashAttribute("message",
						messages.getMessage("flash.plan.booked", new Object[] { result.booked().size() }) + later);
			}
			else {
				redirect.addFlashAttribute("error",
						messages.getMessage("flash.plan.nothingPlaced", new Object[] { result.unplaced().size() }));
			}
			redirect.addFlashAttribute("unplaced", result.unplaced());
			redirect.addFlashAttribute("later", result.later());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex) + " " + messages.getMessage("flash.plan.nothingBooked"));
		}
		return "redirect:/plan";
	}

	@PostMapping("/plan/book-later")
	String bookLater(Actor actor, RedirectAttributes redirect) {
		later.wish(actor.runnerId());
		redirect.addFlashAttribute("message", messages.getMessage("flash.plan.bookLater"));
		return "redirect:/plan";
	}

	@PostMapping("/plan/suggestions/{id}/accept")
	String accept(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			replanning.accept(actor, id);
			redirect.addFlashAttribute("message", messages.getMessage("flash.plan.accepted"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/plan";
	}

	/** The catalogue's source ids and the message keys of the articles' titles. */
	private static final Map<String, String> SOURCE_NAMES = Map.of("S0", "evidence.sourceName.S0", "S1",
			"evidence.sourceName.S1");

	/** "S0, S1" as the articles' titles, for people: the catalogue's short ids are for the code. */
	private String sourceNames(String sources) {
		List<String> names = java.util.Arrays.stream(sources.split(",\\s*"))
			.filter(SOURCE_NAMES::containsKey)
			.map(source -> messages.getMessage(SOURCE_NAMES.get(source)))
			.toList();
		return switch (names.size()) {
			case 0 -> "";
			case 1 -> names.get(0);
			default -> messages.getMessage("evidence.sourceNames", new Object[] { names.get(0), names.get(1) });
		};
	}

	@GetMapping("/evidence")
	String evidence(Model model) {
		List<RuleInfo> rules = RuleCatalogue.all();
		model.addAttribute("rules", rules);
		model.addAttribute("sourceNames", rules.stream()
			.collect(Collectors.toMap(RuleInfo::id, rule -> sourceNames(rule.sources()))));
		return "planner/evidence";
	}


}
