package io.runrub.runners.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import io.runrub.clinic.TherapistId;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
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
 * budget is an amount in the clinic's currency (130 or 130.00).
 */
record ProfileForm(
		@NotNull(message = "{runners.profile.error.days}") @Min(value = 0,
				message = "{runners.profile.error.days}") @Max(value = 7,
						message = "{runners.profile.error.days}") Integer trainingDaysPerWeek,
		@NotNull(message = "{runners.profile.error.level}") Level level,
		@NotNull(message = "{runners.profile.error.pressure}") Pressure pressureTolerance, Set<Goal> goals,
		@NotNull(message = "{runners.profile.error.budget}") @Pattern(regexp = AMOUNT,
				message = "{runners.profile.error.budget}") String monthlyBudget,
		Long preferredTherapistId, @Valid List<Row> complaints) {

	/** Empty complaint rows offered below the existing ones, so complaints can be added without any script. */
	static final int EMPTY_ROWS = 3;

	static final String AMOUNT = "\\s*\\d{1,7}([.,]\\d{1,2})?\\s*";

	/** One complaint row; {@code remove} is its removal box. */
	record Row(BodyArea area, ComplaintKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
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
		goals = goals == null ? Set.of() : goals;
		complaints = complaints == null ? List.of() : complaints;
	}

	/** A new runner's form: nothing chosen yet. */
	static ProfileForm empty() {
		return new ProfileForm(null, null, null, Set.of(), "", null, List.of()).withEmptyRows();
	}

	static ProfileForm of(RunnerProfile profile) {
		return new ProfileForm(profile.trainingDaysPerWeek(), profile.level(), profile.pressureTolerance(),
				profile.goals(), profile.monthlyBudget().amount().toPlainString(),
				profile.preferredTherapistId() == null ? null : profile.preferredTherapistId().value(),
				profile.complaints()
					.stream()
					.map(c -> new Row(c.area(), c.kind(), c.since(), c.severity(), false))
					.toList())
			.withEmptyRows();
	}

	/** The rows that are filled in, followed by empty rows to add more. */
	ProfileForm withEmptyRows() {
		List<Row> rows = new ArrayList<>(complaints.stream().filter(row -> row != null && !row.isBlank()).toList());
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(Row.empty());
		}
		return new ProfileForm(trainingDaysPerWeek, level, pressureTolerance, goals, monthlyBudget,
				preferredTherapistId, rows);
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
					.toList());
	}

	/** Public for the template: whether a goal is ticked. */
	public boolean hasGoal(Goal goal) {
		return goals.contains(goal);
	}

}
