package io.runrub.training.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.runrub.training.ChartMarkers;
import io.runrub.training.DailyLoad;
import io.runrub.training.RaceView;

/**
 * Daily load (bars) with fitness, fatigue and form (lines) as an inline SVG drawn on the server: no script needed,
 * readable on a phone. Races are marked with a flag; other modules can add their own markers (massages).
 */
final class LoadChart {

	static final int WIDTH = 900;

	static final int HEIGHT = 320;

	private static final int LEFT = 40;

	private static final int RIGHT = 10;

	private static final int TOP = 20;

	private static final int BOTTOM = 40;

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	private LoadChart() {
	}

	static String svg(List<DailyLoad> days, List<RaceView> races, java.util.function.Function<RaceView, String> raceLabel,
			List<ChartMarkers.Marker> extra, LocalDate today) {
		if (days.isEmpty()) {
			return "";
		}
		double maxLoad = days.stream().mapToDouble(DailyLoad::load).max().orElse(0);
		double maxLine = days.stream()
			.mapToDouble(day -> Math.max(day.fitness(), Math.max(day.fatigue(), Math.abs(day.form()))))
			.max()
			.orElse(0);
		double top = Math.max(10, Math.max(maxLoad, maxLine) * 1.1);
		double minForm = Math.min(0, days.stream().mapToDouble(DailyLoad::form).min().orElse(0));
		double bottom = minForm * 1.1;
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		double step = plotWidth / (double) days.size();
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"load-chart\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" role=\"img\" aria-label=\"Daily load, fitness, fatigue and form\">");
		double zeroY = y(0, top, bottom, plotHeight);
		svg.append(line(LEFT, zeroY, WIDTH - RIGHT, zeroY, "axis"));
		for (int i = 0; i < days.size(); i++) {
			DailyLoad day = days.get(i);
			double x = LEFT + i * step;
			if (day.load() > 0) {
				double barTop = y(day.load(), top, bottom, plotHeight);
				svg.append("<rect class=\"bar").append(day.projected() ? " projected" : "")
					.append(day.spike() ? " spike" : "")
					.append("\" x=\"").append(fmt(x + step * 0.15)).append("\" y=\"").append(fmt(barTop))
					.append("\" width=\"").append(fmt(step * 0.7)).append("\" height=\"")
					.append(fmt(zeroY - barTop)).append("\"><title>")
					.append(escape(LABEL.format(day.date()) + ": load " + Math.round(day.load())
							+ (day.projected() ? " (planned)" : "") + (day.spike() ? " — a spike in load" : "")))
					.append("</title></rect>");
			}
			if (day.date().getDayOfMonth() == 1 || i == 0 || day.date().getDayOfWeek().getValue() == 1 && step > 12) {
				svg.append("<text class=\"tick\" x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
					.append("\">").append(escape(LABEL.format(day.date()))).append("</text>");
			}
			if (day.date().equals(today)) {
				svg.append(line(x + step / 2, TOP, x + step / 2, HEIGHT - BOTTOM, "today"));
			}
		}
		svg.append(polyline(days, top, bottom, plotHeight, step, "fitness", DailyLoad::fitness));
		svg.append(polyline(days, top, bottom, plotHeight, step, "fatigue", DailyLoad::fatigue));
		svg.append(polyline(days, top, bottom, plotHeight, step, "form", DailyLoad::form));
		LocalDate first = days.get(0).date();
		LocalDate last = days.get(days.size() - 1).date();
		for (RaceView race : races) {
			marker(svg, first, last, step, new ChartMarkers.Marker(race.date(), raceLabel.apply(race), "race"));
		}
		for (ChartMarkers.Marker marker : extra) {
			marker(svg, first, last, step, marker);
		}
		svg.append("</svg>");
		return svg.toString();
	}

	private static void marker(StringBuilder svg, LocalDate first, LocalDate last, double step, ChartMarkers.Marker marker) {
		if (marker.date().isBefore(first) || marker.date().isAfter(last)) {
			return;
		}
		double x = LEFT + (marker.date().toEpochDay() - first.toEpochDay()) * step + step / 2;
		svg.append("<g class=\"marker ").append(escape(marker.cssClass())).append("\"><title>")
			.append(escape(LABEL.format(marker.date()) + ": " + marker.label())).append("</title>")
			.append(line(x, TOP, x, HEIGHT - BOTTOM, "marker-line"))
			.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(TOP - 6).append("\" r=\"6\"/></g>");
	}

	private interface Value {

		double of(DailyLoad day);

	}

	private static String polyline(List<DailyLoad> days, double top, double bottom, int plotHeight, double step,
			String cssClass, Value value) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < days.size(); i++) {
			points.append(fmt(LEFT + i * step + step / 2)).append(',')
				.append(fmt(y(value.of(days.get(i)), top, bottom, plotHeight))).append(' ');
		}
		return "<polyline class=\"" + cssClass + "\" fill=\"none\" points=\"" + points.toString().strip() + "\"/>";
	}

	private static double y(double value, double top, double bottom, int plotHeight) {
		return TOP + (top - value) / (top - bottom) * plotHeight;
	}

	private static String line(double x1, double y1, double x2, double y2, String cssClass) {
		return "<line class=\"" + cssClass + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
				+ "\" y2=\"" + fmt(y2) + "\"/>";
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
