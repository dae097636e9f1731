package io.runrub.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.runrub.clinic.ClinicCatalog;
import io.runrub.reports.figures.ReportCsv;
import io.runrub.reports.figures.Reports;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Each report as a table of words and numbers: the column headings (from messages.properties) and the rows, shared by
 * the page's tables and the CSV files so that both say the same. Withheld groups read "fewer than 3 runners".
 */
@Component
class ReportTables {

	private final MessageSourceAccessor messages;

	private final ClinicCatalog catalog;

	ReportTables(MessageSourceAccessor messages, ClinicCatalog catalog) {
		this.messages = messages;
		this.catalog = catalog;
	}

	record Table(List<String> header, List<List<Object>> rows) {

		String csv() {
			return ReportCsv.write(header, rows);
		}

	}

	Table utilisation(List<Reports.UtilisationRow> report) {
		List<List<Object>> rows = new ArrayList<>();
		for (Reports.UtilisationRow row : report) {
			rows.add(List.of(row.week(), row.weekStart().toString(), row.therapist(), row.bookedMinutes(),
					row.workingMinutes(),
					row.percent() == null ? messages.getMessage("reports.utilisation.noHours") : row.percent()));
		}
		return new Table(header("week", "weekStart", "therapist", "bookedMinutes", "workingMinutes", "percent"), rows);
	}

	/**
	 * The utilisation CSV: the therapists' rows, then the rooms' (one file, so each row names either a therapist or a
	 * room, and its minutes available are that therapist's working minutes or the minutes the clinic is open).
	 */
	Table utilisationCsv(Reports.Utilisation report) {
		String noHours = messages.getMessage("reports.utilisation.noHours");
		List<List<Object>> rows = new ArrayList<>();
		for (Reports.UtilisationRow row : report.therapists()) {
			rows.add(java.util.Arrays.asList(row.week(), row.weekStart().toString(), row.therapist(), null,
					row.bookedMinutes(), row.workingMinutes(), row.percent() == null ? noHours : row.percent()));
		}
		for (Reports.RoomUtilisationRow row : report.rooms().orElse(List.of())) {
			rows.add(java.util.Arrays.asList(row.week(), row.weekStart().toString(), null, row.room(),
					row.bookedMinutes(), row.openMinutes(), row.percent() == null ? noHours : row.percent()));
		}
		return new Table(header("week", "weekStart", "therapist", "room", "bookedMinutes", "availableMinutes",
				"percent"), rows);
	}

	Table roomUtilisation(List<Reports.RoomUtilisationRow> report) {
		List<List<Object>> rows = new ArrayList<>();
		for (Reports.RoomUtilisationRow row : report) {
			rows.add(List.of(row.week(), row.weekStart().toString(), row.room(), row.bookedMinutes(), row.openMinutes(),
					row.percent() == null ? messages.getMessage("reports.utilisation.noHours") : row.percent()));
		}
		return new Table(header("week", "weekStart", "room", "bookedMinutes", "openMinutes", "percent"), rows);
	}

	Table attendance(List<Reports.AttendanceRow> report) {
		String notRecorded = messages.getMessage("reports.attendance.notRecorded");
		List<List<Object>> rows = new ArrayList<>();
		for (Reports.AttendanceRow row : report) {
			rows.add(List.of(row.week(), row.weekStart().toString(), row.appointments(), row.cancelled(),
					row.lateCancelled() == null ? notRecorded : row.lateCancelled(),
					row.noShows() == null ? notRecorded : row.noShows()));
		}
		return new Table(header("week", "weekStart", "appointments", "cancelled", "lateCancelled", "noShows"), rows);
	}

	Table revenue(List<Reports.RevenueRow> report, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Reports.RevenueRow row : report) {
			rows.add(List.of(messages.getMessage("reports.revenue.kind." + row.kind()), row.name(), row.count(),
					catalog.clinic().money(row.amountCents()).format(locale)));
		}
		return new Table(header("kind", "name", "count", "amount"), rows);
	}

	Table raceDemand(Reports.RaceDemand report) {
		List<List<Object>> rows = new ArrayList<>();
		for (Reports.RaceDemandRow row : report.days()) {
			rows.add(List.of(row.raceDate().toString(), row.runnersRacing(), group(row.preRaceRunners()),
					group(row.preRaceToBook()), group(row.preRaceMinutesToBook()), row.preRaceFreeMinutes(),
					group(row.postRaceRunners()), group(row.postRaceToBook()), group(row.postRaceMinutesToBook()),
					row.postRaceFreeMinutes()));
		}
		return new Table(header("raceDate", "runnersRacing", "preRaceRunners", "preRaceToBook",
				"preRaceMinutesToBook", "preRaceFreeMinutes", "postRaceRunners", "postRaceToBook",
				"postRaceMinutesToBook", "postRaceFreeMinutes"), rows);
	}

	private Object group(Integer count) {
		return count == null ? messages.getMessage("reports.fewerRunners") : count;
	}

	private List<String> header(String... columns) {
		return java.util.Arrays.stream(columns).map(column -> messages.getMessage("reports.column." + column)).toList();
	}

}
