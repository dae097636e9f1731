package io.runrub.runners;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.runrub.shared.DomainException;

/**
 * The rules a profile keeps, whoever writes it (the API, the pages, demo data), with messages a person can act on.
 * Pure: today's date comes in as an argument. Whether the preferred therapist is taking bookings is asked of the
 * clinic by {@link RunnerProfiles}.
 */
final class ProfileCheck {

	/** £2,000 (or 2,000 of the clinic's currency) a month: more than weekly 90-minute sessions at London prices. */
	static final int MAX_MONTHLY_BUDGET_CENTS = 200_000;

	static final int MAX_COMPLAINTS = 20;

	private static final String TITLE = "Invalid profile";

	private ProfileCheck() {
	}

	static void check(RunnerProfile profile, LocalDate today, String currencySymbol) {
		if (profile.trainingDaysPerWeek() < 0 || profile.trainingDaysPerWeek() > 7) {
			throw invalid("Training days per week must be a whole number from 0 to 7.");
		}
		if (profile.level() == null) {
			throw invalid("Choose your running level: beginner, recreational or competitive.");
		}
		if (profile.pressureTolerance() == null) {
			throw invalid("Choose the most pressure you are comfortable with: light, medium, firm or deep.");
		}
		if (profile.monthlyBudgetCents() < 0) {
			throw invalid("Your monthly budget cannot be negative. Enter 0 if you have no budget for massage.");
		}
		if (profile.monthlyBudgetCents() > MAX_MONTHLY_BUDGET_CENTS) {
			throw invalid("Your monthly budget can be at most %s%,d. Enter what you can spend on massage in a month."
				.formatted(currencySymbol, MAX_MONTHLY_BUDGET_CENTS / 100));
		}
		if (profile.complaints().size() > MAX_COMPLAINTS) {
			throw invalid("List at most %d complaints: keep the ones that bother you most.".formatted(MAX_COMPLAINTS));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < profile.complaints().size(); i++) {
			checkComplaint(profile.complaints().get(i), i + 1, today, seen);
		}
	}

	private static void checkComplaint(Complaint complaint, int number, LocalDate today, Set<String> seen) {
		if (complaint == null || complaint.area() == null) {
			throw invalid("Complaint %d: choose where it is.".formatted(number));
		}
		String name = "Complaint %d (%s)".formatted(number, complaint.area().displayName());
		if (complaint.kind() == null) {
			throw invalid(name + ": choose what it is, such as tightness, knots or pain.");
		}
		if (complaint.since() == null) {
			throw invalid(name + ": say roughly when it started.");
		}
		if (complaint.since().isAfter(today)) {
			throw invalid(name + ": the day it started, " + complaint.since() + ", is in the future.");
		}
		if (complaint.severity() < 0 || complaint.severity() > Complaint.MAX_SEVERITY) {
			throw invalid(name + ": rate how much it bothers you from 0 (not at all) to 10 (the worst you can imagine).");
		}
		if (!seen.add(complaint.area() + "/" + complaint.kind())) {
			throw invalid("%s is listed twice as %s: keep one.".formatted(complaint.area().displayName(),
					describe(complaint.kind())));
		}
	}

	static String describe(ComplaintKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static DomainException.RuleViolation invalid(String message) {
		return new DomainException.RuleViolation(TITLE, message);
	}

}
