package io.runrub.planner.generation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.runrub.clinic.TherapistId;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.planner.rules.Reason;
import io.runrub.planner.rules.TherapistFit;
import io.runrub.runners.AvailableTime;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.Modality;

/**
 * When a massage can really happen: on a day the clinic is open, at a time the runner can come, with a therapist who
 * offers the modality and works then (not on time off) — the runner's preferred therapist first. Pure: the clinic's
 * calendar and the runner's week come in with the {@link PlanningInput}.
 */
final class Openings {

	private static final LocalTime END_OF_DAY = LocalTime.MAX;

	private final PlanningInput input;

	Openings(PlanningInput input) {
		this.input = input;
	}

	/**
	 * Who can give the modality for this many minutes on the day, and from when to when the runner and they are both
	 * free; with why the preferred therapist cannot, when someone else is chosen.
	 * @param whyNotPreferred empty when the preferred therapist gives it, or when there is no preference
	 */
	record Opening(LocalDate date, PlanningInput.TherapistOption therapist, LocalTime from, LocalTime until,
			Optional<String> whyNotPreferred, Optional<Reason> fit) {

		Opening(LocalDate date, PlanningInput.TherapistOption therapist, LocalTime from, LocalTime until,
				Optional<String> whyNotPreferred) {
			this(date, therapist, from, until, whyNotPreferred, Optional.empty());
		}

		/** In words: the time the runner can come and who is there, and who instead of the preferred one. */
		String inWords(boolean runnerHasAWeek) {
			StringBuilder text = new StringBuilder();
			whyNotPreferred.ifPresent(why -> text.append(why).append(", so ").append(therapist.name())
				.append(" instead. "));
			if (runnerHasAWeek) {
				text.append(therapist.name()).append(" is free ").append(from).append('\u2013').append(clock(until))
					.append(" on ").append(day(date.getDayOfWeek())).append(", when you said you can come.");
			}
			return text.toString().strip();
		}

	}

	/** Whether the clinic is closed that day. */
	boolean closed(LocalDate day) {
		return input.closedDays().contains(day);
	}

	Optional<Opening> on(LocalDate day, Modality modality, int minutes) {
		if (closed(day)) {
			return Optional.empty();
		}
		List<Window> runner = runnerWindows(day);
		if (runner.isEmpty()) {
			return Optional.empty();
		}
		TherapistId preferredId = input.profile().preferredTherapistId();
		Optional<PlanningInput.TherapistOption> preferred = input.therapists()
			.stream()
			.filter(therapist -> therapist.id().equals(preferredId))
			.findFirst();
		TherapistFit.Wishes wishes = wishes(input.profile());
		List<PlanningInput.TherapistOption> qualified = input.therapists()
			.stream()
			.filter(therapist -> therapist.modalities().contains(modality))
			.toList();
		for (TherapistFit.Candidate candidate : FIT.rank(candidates(qualified), wishes)) {
			PlanningInput.TherapistOption therapist = qualified.stream()
				.filter(option -> option.id().value() == candidate.id())
				.findFirst()
				.orElseThrow();
			Optional<Window> shared = firstFit(intersect(runner, working(therapist, day)), minutes);
			if (shared.isPresent()) {
				Optional<String> why = preferred.filter(p -> !p.id().equals(therapist.id()))
					.filter(p -> !wishes.avoids(p.id().value()))
					.map(p -> whyNot(p, day, modality, runner, minutes));
				return Optional.of(new Opening(day, therapist, shared.get().from(), shared.get().to(), why,
						FIT.why(candidate, wishes)));
			}
		}
		return Optional.empty();
	}

	private static final TherapistFit FIT = new TherapistFit();

	/** What the runner asked for of a therapist, as TYPE-THERAPIST-FIT takes it. */
	static TherapistFit.Wishes wishes(RunnerProfile profile) {
		return new TherapistFit.Wishes(
				profile.preferredTherapistId() == null ? null : profile.preferredTherapistId().value(),
				profile.visit().avoidTherapistIds().stream().map(TherapistId::value).collect(Collectors.toSet()),
				profile.visit().wants());
	}

	static List<TherapistFit.Candidate> candidates(List<PlanningInput.TherapistOption> therapists) {
		return therapists.stream()
			.map(therapist -> new TherapistFit.Candidate(therapist.id().value(), therapist.name(), therapist.offers(),
					0))
			.toList();
	}

	/** Why the preferred therapist cannot give this massage on this day, in words. */
	private String whyNot(PlanningInput.TherapistOption preferred, LocalDate day, Modality modality,
			List<Window> runner, int minutes) {
		String name = preferred.name();
		if (!preferred.modalities().contains(modality)) {
			return name + " does not offer " + modality.displayName().toLowerCase(Locale.UK);
		}
		if (preferred.hours() != null
				&& preferred.hours().stream().noneMatch(period -> period.dayOfWeek() == day.getDayOfWeek())) {
			return name + " does not work on " + day(day.getDayOfWeek()) + "s";
		}
		boolean away = preferred.away()
			.stream()
			.anyMatch(off -> off.start().isBefore(day.plusDays(1).atStartOfDay()) && off.end().isAfter(day.atStartOfDay()));
		if (away) {
			return name + " is away on " + day(day.getDayOfWeek()) + " " + day.getDayOfMonth() + " "
					+ day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
		}
		return name + " does not work at a time you can come on " + day(day.getDayOfWeek()) + "s";
	}

	/** Whether the runner said when they can come (otherwise: whenever the clinic is open). */
	boolean runnerHasAWeek() {
		return !input.profile().availability().isEmpty();
	}

	private List<Window> runnerWindows(LocalDate day) {
		List<AvailableTime> times = input.profile().availability();
		if (times.isEmpty()) {
			return List.of(new Window(LocalTime.MIN, END_OF_DAY));
		}
		return times.stream()
			.filter(time -> time.dayOfWeek() == day.getDayOfWeek())
			.map(time -> new Window(time.from(), time.to()))
			.sorted(Comparator.comparing(Window::from))
			.toList();
	}

	/** The therapist's working time on the day, less time off. */
	private static List<Window> working(PlanningInput.TherapistOption therapist, LocalDate day) {
		List<Window> periods = therapist.hours() == null ? List.of(new Window(LocalTime.MIN, END_OF_DAY))
				: therapist.hours()
					.stream()
					.filter(period -> period.dayOfWeek() == day.getDayOfWeek())
					.map((WorkingPeriod period) -> new Window(period.startTime(), period.endTime()))
					.toList();
		for (PlanningInput.Away off : therapist.away()) {
			periods = minus(periods, off, day);
		}
		return periods;
	}

	private static List<Window> minus(List<Window> periods, PlanningInput.Away off, LocalDate day) {
		LocalDateTime dayStart = day.atStartOfDay();
		LocalDateTime dayEnd = day.plusDays(1).atStartOfDay();
		if (!off.start().isBefore(dayEnd) || !off.end().isAfter(dayStart)) {
			return periods;
		}
		LocalTime awayFrom = off.start().isAfter(dayStart) ? off.start().toLocalTime() : LocalTime.MIN;
		LocalTime awayTo = off.end().isBefore(dayEnd) ? off.end().toLocalTime() : END_OF_DAY;
		List<Window> result = new ArrayList<>();
		for (Window period : periods) {
			if (!awayFrom.isBefore(period.to()) || !awayTo.isAfter(period.from())) {
				result.add(period);
				continue;
			}
			if (period.from().isBefore(awayFrom)) {
				result.add(new Window(period.from(), awayFrom));
			}
			if (awayTo.isBefore(period.to()) && !awayTo.equals(END_OF_DAY)) {
				result.add(new Window(awayTo, period.to()));
			}
		}
		return result;
	}

	private static List<Window> intersect(List<Window> a, List<Window> b) {
		List<Window> result = new ArrayList<>();
		for (Window x : a) {
			for (Window y : b) {
				LocalTime from = x.from().isAfter(y.from()) ? x.from() : y.from();
				LocalTime to = x.to().isBefore(y.to()) ? x.to() : y.to();
				if (from.isBefore(to)) {
					result.add(new Window(from, to));
				}
			}
		}
		result.sort(Comparator.comparing(Window::from));
		return result;
	}

	private static Optional<Window> firstFit(List<Window> windows, int minutes) {
		return windows.stream().filter(window -> window.from().until(window.to(), ChronoUnit.MINUTES) >= minutes)
			.findFirst();
	}

	static String day(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.UK);
	}

	private static String clock(LocalTime time) {
		return time.equals(END_OF_DAY) ? "24:00" : time.toString();
	}

	private record Window(LocalTime from, LocalTime to) {
	}

}
