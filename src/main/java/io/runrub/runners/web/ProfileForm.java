package io.runrub.runners.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import io.runrub.clinic.TherapistId;
import io.runrub.runners.AvailableTime;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.VisitPreferences;
import io.runrub.shared.Modality;
import io.runrub.shared.VisitWish;
import java.util.stream.Collectors;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The profile page's form, bound and validated by Spring ({@code profileForm}): each error shows next to its field.
 * Complaints are rows ({@code complaints[0].area}…); rows left blank are ignored, as are rows ticked for removal. The
 * budget is an amount in the clinic's currency (130 or 130.00). The week is a table of {@value #TIMES_A_DAY} from–to
 * pairs per weekday ({@code week[0].from} is Monday's first), plus ticked presets such as weekday evenings.
 */
record ProfileForm(
		@NotNull(message = "{runners.profile.error.days}") @Min(value = 0,
				message = "{runners.profile.error.days}") @Max(value = 7,
						message = "{runners.profile.error.days}") Integer trainingDaysPerWeek,
		@NotNull(message = "{runners.profile.error.level}") Level level,
		@NotNull(message = "{runners.profile.error.pressure}") Pressure pressureTolerance, Set<Goal> goals,
		@NotNull(message = "{runners.profile.error.budget}") @Pattern(regexp = AMOUNT,
				message = "{runners.profile.error.budget}") String monthlyBudget,
		Long preferredTherapistId, @Valid List<Row> complaints, List<Span> week, Set<Preset> presets,
		Set<VisitWish> wants, Set<Modality> preferredModalities, Integer preferredMinutes, Set<Long> avoidTherapistIds) {

	/** Public for the template: whether a wish is ticked. */
	public boolean wantsIt(VisitWish wish) {
		return wants.contains(wish);
	}

	/** Times a runner can come, per weekday: this many from–to pairs for each day, Monday first. */
	static final int TIMES_A_DAY = RunnerProfile.MAX_TIMES_A_DAY;

	/** One from–to pair of the week's table; blank when both are empty. */
	record Span(@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime from,
			@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime to) {

		public boolean isBlank() {
			return from == null && to == null;
		}

	}

	/** Common weeks, added to what is typed in the table (joined with times they overlap). */
	enum Preset {

		WEEKDAY_MORNINGS("07:00", "10:00", DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
		WEEKDAY_LUNCHTIMES("12:00", "14:00", DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
		WEEKDAY_EVENINGS("17:00", "21:00", DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
		SATURDAY_MORNINGS("08:00", "13:00", DayOfWeek.SATURDAY),
		SUNDAY_MORNINGS("08:00", "13:00", DayOfWeek.SUNDAY);

		private final LocalTime from;

		private final LocalTime to;

		private final List<DayOfWeek> days;

		Preset(String from, String to, DayOfWeek... days) {
			this.from = LocalTime.parse(from);
			this.to = LocalTime.parse(to);
			this.days = List.of(days);
		}

		List<AvailableTime> times() {
			return days.stream().map(day -> new AvailableTime(day, from, to)).toList();
		}

		/** Public for the template: the preset's times, for its label. */
		public String from() {
			return from.toString();
		}

		public String to() {
			return to.toString();
		}

	}

	/** Empty complaint rows offered below the existing ones, so complaints can be added without any script. */
	static final int EMPTY_ROWS = 3;

	static final String AMOUNT = "\\s*\\d{1,7}([.,]\\d{1,2})?\\s*";

	/** One complaint row; {@code remove} is its removal box. */
	record Row(BodyArea area, ComplaintKind kind, @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" }) LocalDate since,
			@Min(value = 0, message = "{runners.profile.error.severity}") @Max(value = 10,
					message = "{runners.profile.error.severity}") Integer severity,
			Boolean remove) {

		static Row empty() {
			return new Row(null, null, null, null, false);
		}

		/** Public, as the template calls it (SpEL calls public methods only). */
		public boolean isBlank() {
			return area == null && kind == null && since == null && severity == null;
		}

		boolean removed() {
			return Boolean.TRUE.equals(remove);
		}

	}

	ProfileForm {
		wants = wants == null ? Set.of() : wants;
		preferredModalities = preferredModalities == null ? Set.of() : preferredModalities;
		avoidTherapistIds = avoidTherapistIds == null ? Set.of() : avoidTherapistIds;
		goals = goals == null ? Set.of() : goals;
		complaints = complaints == null ? List.of() : complaints;
		// the table always has every day's pairs, whatever was sent (a form without it, a shortened one)
		List<Span> padded = new ArrayList<>();
		if (week != null) {
			week.stream().limit(7 * TIMES_A_DAY).map(span -> span == null ? new Span(null, null) : span)
				.forEach(padded::add);
		}
		while (padded.size() < 7 * TIMES_A_DAY) {
			padded.add(new Span(null, null));
		}
		week = java.util.Collections.unmodifiableList(padded);
		presets = presets == null ? Set.of() : presets;
	}

	/** A new runner's form: nothing chosen yet. */
	static ProfileForm empty() {
		return new ProfileForm(null, null, null, Set.of(), "", null, List.of(), weekOf(List.of()), Set.of(), Set.of(),
				Set.of(), null, Set.of())
			.withEmptyRows();
	}

	static ProfileForm of(RunnerProfile profile) {
		return new ProfileForm(profile.trainingDaysPerWeek(), profile.level(), profile.pressureTolerance(),
				profile.goals(), profile.monthlyBudget().amount().toPlainString(),
				profile.preferredTherapistId() == null ? null : profile.preferredTherapistId().value(),
				profile.complaints()
					.stream()
					.map(c -> new Row(c.area(), c.kind(), c.since(), c.severity(), false))
					.toList(),
				weekOf(profile.availability()), Set.of(), profile.visit().wants(), profile.visit().preferredModalities(),
				profile.visit().preferredMinutes(),
				profile.visit().avoidTherapistIds().stream().map(TherapistId::value).collect(Collectors.toSet()))
			.withEmptyRows();
	}

	/** The rows that are filled in, followed by empty rows to add more. */
	ProfileForm withEmptyRows() {
		List<Row> rows = new ArrayList<>(complaints.stream().filter(row -> row != null && !row.isBlank()).toList());
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(Row.empty());
		}
		return new ProfileForm(trainingDaysPerWeek, level, pressureTolerance, goals, monthlyBudget,
				preferredTherapistId, rows, week, presets, wants, preferredModalities, preferredMinutes,
				avoidTherapistIds);
	}

	/** The week's table: {@value #TIMES_A_DAY} pairs a day, Monday first; a day's times in order, then blanks. */
	static List<Span> weekOf(List<AvailableTime> times) {
		List<Span> spans = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<AvailableTime> onDay = times.stream()
				.filter(time -> time.dayOfWeek() == day)
				.sorted(java.util.Comparator.comparing(AvailableTime::from))
				.toList();
			for (int i = 0; i < TIMES_A_DAY; i++) {
				spans.add(i < onDay.size() ? new Span(onDay.get(i).from(), onDay.get(i).to()) : new Span(null, null));
			}
		}
		return spans;
	}

	/** The day of the week's table entry at this index. */
	static DayOfWeek dayOf(int index) {
		return DayOfWeek.of(index / TIMES_A_DAY + 1);
	}

	/**
	 * Rejects, next to the time concerned, a pair with one time missing, a pair that ends before it starts and a pair
	 * that overlaps an earlier one of the same day.
	 */
	void validateWeek(Errors errors) {
		for (int i = 0; i < week.size() && i < 7 * TIMES_A_DAY; i++) {
			Span span = week.get(i);
			if (span == null || span.isBlank()) {
				continue;
			}
			String path = "week[" + i + "].";
			String day = dayOf(i).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
			if (errors.hasFieldErrors(path + "from") || errors.hasFieldErrors(path + "to")) {
				continue;
			}
			if (span.from() == null) {
				errors.rejectValue(path + "from", "runners.profile.error.week.from", new Object[] { day }, null);
				continue;
			}
			if (span.to() == null) {
				errors.rejectValue(path + "to", "runners.profile.error.week.to", new Object[] { day }, null);
				continue;
			}
			if (!span.from().isBefore(span.to())) {
				errors.rejectValue(path + "to", "runners.profile.error.week.order",
						new Object[] { day, span.from().toString(), span.to().toString() }, null);
				continue;
			}
			int first = i - i % TIMES_A_DAY;
			for (int j = first; j < i; j++) {
				Span other = week.get(j);
				if (other != null && other.from() != null && other.to() != null && other.from().isBefore(span.to())
						&& span.from().isBefore(other.to())) {
					errors.rejectValue(path + "from", "runners.profile.error.week.overlap",
							new Object[] { day, other.from().toString(), other.to().toString() }, null);
					break;
				}
			}
		}
	}

	/** The times typed in the table, with the chosen presets joined in. */
	List<AvailableTime> availability() {
		List<AvailableTime> times = new ArrayList<>();
		for (int i = 0; i < week.size() && i < 7 * TIMES_A_DAY; i++) {
			Span span = week.get(i);
			if (span != null && span.from() != null && span.to() != null) {
				times.add(new AvailableTime(dayOf(i), span.from(), span.to()));
			}
		}
		for (Preset preset : presets) {
			for (AvailableTime extra : preset.times()) {
				AvailableTime joined = extra;
				for (AvailableTime time : List.copyOf(times)) {
					if (time.dayOfWeek() == joined.dayOfWeek() && !time.from().isAfter(joined.to())
							&& !joined.from().isAfter(time.to())) {
						times.remove(time);
						joined = new AvailableTime(joined.dayOfWeek(),
								time.from().isBefore(joined.from()) ? time.from() : joined.from(),
								time.to().isAfter(joined.to()) ? time.to() : joined.to());
					}
				}
				times.add(joined);
			}
		}
		return times;
	}

	/** Public for the template: whether a preset is ticked. */
	public boolean hasPreset(Preset preset) {
		return presets.contains(preset);
	}

	/** Rejects complaint rows that are partly filled in: each needs where, what, since when and how much. */
	void validateRows(Errors errors) {
		for (int i = 0; i < complaints.size(); i++) {
			Row row = complaints.get(i);
			if (row == null || row.isBlank() || row.removed()) {
				continue;
			}
			String path = "complaints[" + i + "].";
			Object[] number = { i + 1 };
			if (row.area() == null && !errors.hasFieldErrors(path + "area")) {
				errors.rejectValue(path + "area", "runners.profile.error.complaint.area", number, null);
			}
			if (row.kind() == null && !errors.hasFieldErrors(path + "kind")) {
				errors.rejectValue(path + "kind", "runners.profile.error.complaint.kind", number, null);
			}
			if (row.since() == null && !errors.hasFieldErrors(path + "since")) {
				errors.rejectValue(path + "since", "runners.profile.error.complaint.since", number, null);
			}
			if (row.severity() == null && !errors.hasFieldErrors(path + "severity")) {
				errors.rejectValue(path + "severity", "runners.profile.error.complaint.severity", number, null);
			}
		}
	}

	/** The profile to save, once the form has no errors; the budget in the clinic's currency. */
	RunnerProfile profile(Currency currency) {
		BigDecimal amount = new BigDecimal(monthlyBudget.strip().replace(',', '.'));
		return new RunnerProfile(trainingDaysPerWeek, level, pressureTolerance, goals,
				new Money(amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency),
				preferredTherapistId == null ? null : TherapistId.of(preferredTherapistId),
				complaints.stream()
					.filter(row -> row != null && !row.isBlank() && !row.removed())
					.map(row -> new Complaint(row.area(), row.kind(), row.since(), row.severity()))
					.toList(),
				availability(),
				new VisitPreferences(wants, preferredModalities, preferredMinutes,
						avoidTherapistIds.stream()
							.filter(java.util.Objects::nonNull)
							.sorted()
							.map(TherapistId::of)
							.collect(Collectors.toCollection(java.util.LinkedHashSet::new))));
	}

	/** Public for the template: whether a goal is ticked. */
	public boolean hasGoal(Goal goal) {
		return goals.contains(goal);
	}

}
