package io.runrub.runners.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Pressure;

/**
 * The profile page's form, bound as plain text so that nothing typed can become a binding error. Complaints come as
 * parallel lists, one entry per row (every row sends all four fields); rows left blank are ignored, as are rows
 * ticked for removal. The budget is an amount in the clinic's currency (130 or 130.00).
 */
record ProfileForm(String trainingDaysPerWeek, String level, String pressureTolerance, List<String> goals,
		String monthlyBudget, String preferredTherapistId, List<String> area, List<String> kind, List<String> since,
		List<String> severity, List<String> remove) {

	/** Empty complaint rows offered below the existing ones, so complaints can be added without any script. */
	static final int EMPTY_ROWS = 3;

	private static final Pattern WHOLE = Pattern.compile("\\d{1,2}");

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");

	/** One complaint row as the page shows it; {@code index} is what its removal box sends. */
	record Row(int index, String area, String kind, String since, String severity, boolean removed) {

		/** Public, as the template calls it (SpEL calls public methods only). */
		public boolean isBlank() {
			return blank(area) && blank(kind) && blank(since) && blank(severity);
		}

	}

	ProfileForm {
		goals = goals == null ? List.of() : goals;
		area = area == null ? List.of() : area;
		kind = kind == null ? List.of() : kind;
		since = since == null ? List.of() : since;
		severity = severity == null ? List.of() : severity;
		remove = remove == null ? List.of() : remove;
	}

	/** A new runner's form: nothing chosen yet. */
	static ProfileForm empty() {
		return new ProfileForm("", "", "", List.of(), "", "", List.of(), List.of(), List.of(), List.of(), List.of());
	}

	static ProfileForm of(RunnerProfile profile) {
		List<String> areas = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		List<String> severities = new ArrayList<>();
		for (Complaint complaint : profile.complaints()) {
			areas.add(complaint.area().name());
			kinds.add(complaint.kind().name());
			dates.add(complaint.since().toString());
			severities.add(String.valueOf(complaint.severity()));
		}
		return new ProfileForm(String.valueOf(profile.trainingDaysPerWeek()), profile.level().name(),
				profile.pressureTolerance().name(), profile.goals().stream().map(Goal::name).toList(),
				BigDecimal.valueOf(profile.monthlyBudgetCents(), 2).toPlainString(),
				profile.preferredTherapistId() == null ? "" : profile.preferredTherapistId().toString(), areas, kinds,
				dates, severities, List.of());
	}

	/** The rows as sent (or as saved), followed by empty rows to add more. */
	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			Row row = row(i);
			if (!row.isBlank()) {
				rows.add(new Row(rows.size(), row.area(), row.kind(), row.since(), row.severity(), row.removed()));
			}
		}
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(new Row(rows.size(), "", "", "", "", false));
		}
		return rows;
	}

	/** Public for the template: whether a goal is ticked. */
	public boolean hasGoal(String goal) {
		return goals.contains(goal);
	}

	RunnerProfile profile() {
		String days = trimmed(trainingDaysPerWeek);
		if (!WHOLE.matcher(days).matches() || Integer.parseInt(days) > 7) {
			throw new FormProblem("runners.profile.error.days");
		}
		Level chosenLevel = parse(Level.class, level, "runners.profile.error.level");
		Pressure pressure = parse(Pressure.class, pressureTolerance, "runners.profile.error.pressure");
		Set<Goal> chosenGoals = EnumSet.noneOf(Goal.class);
		for (String goal : goals) {
			chosenGoals.add(parse(Goal.class, goal, "runners.profile.error.goal"));
		}
		String budget = trimmed(monthlyBudget);
		if (!AMOUNT.matcher(budget).matches()) {
			throw new FormProblem("runners.profile.error.budget");
		}
		int budgetCents = new BigDecimal(budget.replace(',', '.')).movePointRight(2).intValueExact();
		Long therapist = null;
		if (!blank(preferredTherapistId)) {
			try {
				therapist = Long.valueOf(preferredTherapistId.strip());
			}
			catch (NumberFormatException ex) {
				throw new FormProblem("runners.profile.error.therapist");
			}
		}
		return new RunnerProfile(Integer.parseInt(days), chosenLevel, pressure, chosenGoals, budgetCents, therapist,
				complaints());
	}

	private List<Complaint> complaints() {
		List<Complaint> complaints = new ArrayList<>();
		int number = 0;
		for (int i = 0; i < size(); i++) {
			Row row = row(i);
			if (row.isBlank()) {
				continue;
			}
			number++;
			if (row.removed()) {
				continue;
			}
			BodyArea bodyArea = parse(BodyArea.class, row.area(), "runners.profile.error.complaint.area", number);
			ComplaintKind complaintKind = parse(ComplaintKind.class, row.kind(), "runners.profile.error.complaint.kind",
					number);
			LocalDate started;
			try {
				started = LocalDate.parse(trimmed(row.since()));
			}
			catch (DateTimeParseException ex) {
				throw new FormProblem("runners.profile.error.complaint.since", number);
			}
			String rating = trimmed(row.severity());
			if (!WHOLE.matcher(rating).matches() || Integer.parseInt(rating) > 10) {
				throw new FormProblem("runners.profile.error.complaint.severity", number);
			}
			complaints.add(new Complaint(bodyArea, complaintKind, started, Integer.parseInt(rating)));
		}
		return complaints;
	}

	private Row row(int i) {
		return new Row(i, at(area, i), at(kind, i), at(since, i), at(severity, i), remove.contains(String.valueOf(i)));
	}

	private int size() {
		return Math.max(Math.max(area.size(), kind.size()), Math.max(since.size(), severity.size()));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String problem, Object... arguments) {
		try {
			return Enum.valueOf(type, trimmed(value));
		}
		catch (IllegalArgumentException ex) {
			throw new FormProblem(problem, arguments);
		}
	}

	private static String at(List<String> values, int index) {
		return index < values.size() && values.get(index) != null ? values.get(index) : "";
	}

	private static String trimmed(String value) {
		return value == null ? "" : value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
