package io.runrub.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.runrub.clinic.ClinicCatalog;
import io.runrub.reports.figures.ReportRange;
import io.runrub.reports.figures.ReportRange.ReportRangeRefused;
import io.runrub.reports.figures.Reports;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The owner's Reports page: one section per report, each a chart with its numbers in a table and a CSV download.
 * Utilisation, attendance and revenue cover the chosen weeks (the last eight by default); race-week demand looks
 * twelve weeks ahead from today.
 */
@Controller
class ReportsPageController {

	static final int WEEKS_BACK = 8;

	static final int WEEKS_AHEAD = 12;

	private final Reports reports;

	private final ReportTables tables;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	private final Clock clock;

	ReportsPageController(Reports reports, ReportTables tables, ClinicCatalog catalog, MessageSourceAccessor messages,
			Clock clock) {
		this.reports = reports;
		this.tables = tables;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	/** The weeks the first three reports cover: the clinic's days from..to. */
	static final class RangeForm {

		@DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" })
		private LocalDate from;

		@DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" })
		private LocalDate to;

		public LocalDate getFrom() {
			return from;
		}

		public void setFrom(LocalDate from) {
			this.from = from;
		}

		public LocalDate getTo() {
			return to;
		}

		public void setTo(LocalDate to) {
			this.to = to;
		}

	}

	@GetMapping("/admin/reports")
	String reports(@ModelAttribute("rangeForm") RangeForm form, BindingResult binding, Model model, Locale locale) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), catalog.zone());
		if (form.getTo() == null && !binding.hasFieldErrors("to")) {
			form.setTo(today);
		}
		if (form.getFrom() == null && !binding.hasFieldErrors("from")) {
			form.setFrom(ReportRange.weekStart(form.getTo() == null ? today : form.getTo()).minusWeeks(WEEKS_BACK - 1));
		}
		ReportRange range = null;
		if (!binding.hasErrors()) {
			try {
				range = new ReportRange(form.getFrom(), form.getTo());
			}
			catch (ReportRangeRefused ex) {
				binding.rejectValue(ex.field(), "problem." + ex.code() + ".detail", ex.args(), ex.code());
			}
		}
		ReportRange ahead = new ReportRange(today, today.plusWeeks(WEEKS_AHEAD));
		model.addAttribute("range", range);
		model.addAttribute("ahead", ahead);
		if (range != null) {
			Reports.Utilisation both = reports.utilisationWithRooms(range);
			List<Reports.UtilisationRow> utilisation = both.therapists();
			model.addAttribute("utilisation", tables.utilisation(utilisation));
			model.addAttribute("utilisationChart", utilisationChart(utilisation));
			model.addAttribute("rooms", both.rooms().map(tables::roomUtilisation).orElse(null));
			List<Reports.AttendanceRow> attendance = reports.attendance(range);
			model.addAttribute("attendance", tables.attendance(attendance));
			model.addAttribute("attendanceChart", attendanceChart(attendance));
			List<Reports.RevenueRow> revenue = reports.revenue(range);
			model.addAttribute("revenue", tables.revenue(revenue, locale));
			model.addAttribute("revenueChart", revenueChart(revenue, locale));
			model.addAttribute("revenueTotal", catalog.clinic()
				.money(revenue.stream().mapToLong(Reports.RevenueRow::amountCents).sum())
				.format(locale));
		}
		Reports.RaceDemand demand = reports.raceDemand(ahead);
		model.addAttribute("raceDemand", tables.raceDemand(demand));
		model.addAttribute("raceDemandChart", raceDemandChart(demand));
		model.addAttribute("raceDaysHidden", demand.daysWithFewerRunners());
		return "reports/reports";
	}

	private BarChart utilisationChart(List<Reports.UtilisationRow> rows) {
		List<BarChart.Row> chartRows = new ArrayList<>();
		for (Reports.UtilisationRow row : rows) {
			chartRows.add(new BarChart.Row(row.week() + " · " + row.therapist(),
					List.of(row.percent() == null ? 0L : row.percent()),
					List.of(row.percent() == null ? messages.getMessage("reports.utilisation.noHours")
							: messages.getMessage("reports.percent", new Object[] { row.percent() }))));
		}
		return BarChart.of("utilisation-chart", messages.getMessage("reports.utilisation.chart.title"),
				messages.getMessage("reports.utilisation.chart.desc"),
				List.of(messages.getMessage("reports.column.percent")), chartRows, 100);
	}

	private BarChart attendanceChart(List<Reports.AttendanceRow> rows) {
		boolean recorded = reports.attendanceRecorded();
		List<String> series = new ArrayList<>(List.of(messages.getMessage("reports.column.appointments"),
				messages.getMessage("reports.column.cancelled")));
		if (recorded) {
			series.add(messages.getMessage("reports.column.lateCancelled"));
			series.add(messages.getMessage("reports.column.noShows"));
		}
		List<BarChart.Row> chartRows = new ArrayList<>();
		for (Reports.AttendanceRow row : rows) {
			List<Long> values = new ArrayList<>(List.of(row.appointments(), row.cancelled()));
			if (recorded) {
				values.add(row.lateCancelled() == null ? 0 : row.lateCancelled());
				values.add(row.noShows() == null ? 0 : row.noShows());
			}
			chartRows.add(new BarChart.Row(row.week(), values, values.stream().map(String::valueOf).toList()));
		}
		return BarChart.of("attendance-chart", messages.getMessage("reports.attendance.chart.title"),
				messages.getMessage("reports.attendance.chart.desc"), series, chartRows);
	}

	private BarChart revenueChart(List<Reports.RevenueRow> rows, Locale locale) {
		List<BarChart.Row> chartRows = rows.stream()
			.map(row -> new BarChart.Row(row.name(), List.of(row.amountCents()),
					List.of(catalog.clinic().money(row.amountCents()).format(locale))))
			.toList();
		return BarChart.of("revenue-chart", messages.getMessage("reports.revenue.chart.title"),
				messages.getMessage("reports.revenue.chart.desc"),
				List.of(messages.getMessage("reports.column.amount")), chartRows);
	}

	private BarChart raceDemandChart(Reports.RaceDemand demand) {
		String fewer = messages.getMessage("reports.fewerRunners");
		List<BarChart.Row> chartRows = new ArrayList<>();
		for (Reports.RaceDemandRow row : demand.days()) {
			List<Long> values = List.of(orZero(row.preRaceMinutesToBook()), row.preRaceFreeMinutes(),
					orZero(row.postRaceMinutesToBook()), row.postRaceFreeMinutes());
			List<String> texts = List.of(minutes(row.preRaceMinutesToBook(), fewer),
					minutes((int) row.preRaceFreeMinutes(), fewer), minutes(row.postRaceMinutesToBook(), fewer),
					minutes((int) row.postRaceFreeMinutes(), fewer));
			chartRows.add(new BarChart.Row(row.raceDate().toString(), values, texts));
		}
		return BarChart.of("race-demand-chart", messages.getMessage("reports.raceDemand.chart.title"),
				messages.getMessage("reports.raceDemand.chart.desc"),
				List.of(messages.getMessage("reports.column.preRaceMinutesToBook"),
						messages.getMessage("reports.column.preRaceFreeMinutes"),
						messages.getMessage("reports.column.postRaceMinutesToBook"),
						messages.getMessage("reports.column.postRaceFreeMinutes")),
				chartRows);
	}

	private static long orZero(Integer value) {
		return value == null ? 0 : value;
	}

	private String minutes(Integer value, String fewer) {
		return value == null ? fewer : messages.getMessage("reports.minutes", new Object[] { value });
	}

}
