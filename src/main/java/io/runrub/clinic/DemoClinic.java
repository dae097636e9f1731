package io.runrub.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.runrub.accounts.DemoAccounts;
import io.runrub.shared.Modality;
import io.runrub.shared.VisitWish;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static java.time.DayOfWeek.*;
import static io.runrub.shared.Modality.*;

/**
 * Demo mode only: a clinic modelled on the sources — John, a sports massage therapist and keen runner; Mike, a sports
 * massage therapist and personal trainer; Sarah, a massage therapist — with the services runners ask for and hours
 * that include evenings and a Saturday, closed on the bank holidays. Seeded once; later runs leave it as the admin
 * changed it.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("runrub.demo")
class DemoClinic implements ApplicationRunner {

	private final ClinicAdministration administration;

	private final Therapists therapists;

	private final Closures closures;

	DemoClinic(ClinicAdministration administration, Therapists therapists, Closures closures) {
		this.administration = administration;
		this.therapists = therapists;
		this.closures = closures;
	}

	/** The bank holidays of England and Wales, 2026 and 2027 (gov.uk/bank-holidays), substitute days included. */
	static final List<Closure> BANK_HOLIDAYS = List.of(
			closed("2026-01-01", "New Year's Day"), closed("2026-04-03", "Good Friday"),
			closed("2026-04-06", "Easter Monday"), closed("2026-05-04", "Early May bank holiday"),
			closed("2026-05-25", "Spring bank holiday"), closed("2026-08-31", "Summer bank holiday"),
			closed("2026-12-25", "Christmas Day"), closed("2026-12-28", "Boxing Day (substitute day)"),
			closed("2027-01-01", "New Year's Day"), closed("2027-03-26", "Good Friday"),
			closed("2027-03-29", "Easter Monday"), closed("2027-05-03", "Early May bank holiday"),
			closed("2027-05-31", "Spring bank holiday"), closed("2027-08-30", "Summer bank holiday"),
			closed("2027-12-27", "Christmas Day (substitute day)"), closed("2027-12-28", "Boxing Day (substitute day)"));

	private static Closure closed(String date, String reason) {
		return new Closure(null, java.time.LocalDate.parse(date), reason);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (therapists.count() > 0) {
			return;
		}
		administration.updateClinic(new ClinicAdministration.ClinicDetails("Stride Sports Massage",
				"14 Riverside Walk, London SE1 9PX", "Europe/London", "GBP", 120, 180, 24));

		TherapistView john = administration.createTherapist("John", "john@runrub.demo", DemoAccounts.PASSWORD,
				"Sports massage therapist and keen runner: marathons, trails and the odd ultra.",
				EnumSet.of(SPORTS, DEEP_TISSUE, ART, SWEDISH));
		administration.setWorkingHours(john.id(), hours(day(MONDAY, "09:00-13:00", "14:00-18:00"),
				day(TUESDAY, "12:00-16:00", "17:00-21:00"), day(THURSDAY, "12:00-16:00", "17:00-21:00"),
				day(SATURDAY, "08:00-14:00")));

		administration.setOffers(john.id(), EnumSet.of(VisitWish.TALK_RUNNING));

		TherapistView mike = administration.createTherapist("Mike", "mike@runrub.demo", DemoAccounts.PASSWORD,
				"Sports massage therapist and personal trainer; looks at how you move as well as how you feel.",
				EnumSet.of(SPORTS, DEEP_TISSUE, MOVEMENT_ASSESSMENT));
		administration.setWorkingHours(mike.id(), hours(day(MONDAY, "07:00-11:00", "16:00-20:00"),
				day(WEDNESDAY, "09:00-13:00", "14:00-18:00"), day(FRIDAY, "09:00-13:00", "14:00-18:00"),
				day(SATURDAY, "09:00-13:00")));

		administration.setOffers(mike.id(), EnumSet.of(VisitWish.TRAINING_PROGRAMME, VisitWish.TECHNIQUE));

		TherapistView sarah = administration.createTherapist("Sarah", "sarah@runrub.demo", DemoAccounts.PASSWORD,
				"Massage therapist: relaxation and deep tissue work.", EnumSet.of(SWEDISH, DEEP_TISSUE));
		administration.setWorkingHours(sarah.id(),
				hours(day(MONDAY, "10:00-13:00", "13:30-17:30"), day(TUESDAY, "10:00-13:00", "13:30-17:30"),
						day(WEDNESDAY, "10:00-13:00", "13:30-17:30", "18:00-20:00"),
						day(THURSDAY, "10:00-13:00", "13:30-17:30"), day(FRIDAY, "10:00-13:00", "13:30-17:30")));

		// three therapists, two treatment rooms: every service takes a room, so at most two visits run at once
		administration.createRoom("Treatment room 1");
		administration.createRoom("Treatment room 2");
		service("Swedish massage", SWEDISH, 60, 6000, 0, 15,
				"Long, flowing strokes at light to medium pressure: to relax and feel loose again, any week.");
		service("Deep tissue massage", DEEP_TISSUE, 60, 7000, 0, 15,
				"Slow, firm work into tight muscles. You may feel sore for a day or two, so not before a hard session.");
		service("Active Release Technique", ART, 45, 6500, 5, 10,
				"The therapist holds a tight spot while you move through it: for a stubborn problem area or a niggle.");
		service("Sports massage", SPORTS, 30, 4000, 0, 10,
				"A focused half hour on the legs that carry your training, at the pressure you like.");
		service("Sports massage", SPORTS, 60, 6500, 0, 15,
				"The whole lower body and back, worked for recovery between training sessions.");
		service("Movement assessment", MOVEMENT_ASSESSMENT, 45, 5500, 5, 10,
				"We watch you move and run, find what keeps coming back, and give you exercises to work on it.");
		BANK_HOLIDAYS.forEach(closures::save);
	}

	private void service(String name, Modality modality, int minutes, int priceCents, int before, int after,
			String description) {
		administration.createService(new ClinicAdministration.ServiceDetails(name, modality, minutes, priceCents,
				before, after, true, true, description));
	}

	@SafeVarargs
	private static List<WorkingPeriod> hours(List<WorkingPeriod>... days) {
		List<WorkingPeriod> all = new ArrayList<>();
		for (List<WorkingPeriod> day : days) {
			all.addAll(day);
		}
		return all;
	}

	private static List<WorkingPeriod> day(DayOfWeek day, String... periods) {
		List<WorkingPeriod> result = new ArrayList<>();
		for (String period : periods) {
			String[] times = period.split("-");
			result.add(new WorkingPeriod(day, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
		}
		return result;
	}

}
