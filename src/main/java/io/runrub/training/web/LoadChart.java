package io.runrub.training.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.runrub.training.ChartMarkers;
import io.runrub.training.DailyLoad;

/**
 * Daily load (bars) with fitness, fatigue and form (lines) as an inline SVG drawn on the server: no script needed.
 * It has a labelled y-axis, and every day a tap target whose {@code <title>} says that day's numbers and marks.
 * Marks differ in shape as well as colour: a race is a flag, a massage a circle, a hard session a triangle, a spike a
 * hatched bar. It comes in two sizes: {@link Size#WIDE} for a desktop, {@link Size#NARROW} with fewer, larger date
 * labels for a phone (the page shows one or the other).
 */
final class LoadChart {

	/** The two drawings: a wide one with weekly date labels, a narrow one with a label a month, in larger type. */
	enum Size {

		WIDE(900, 320, 48, 11, false), NARROW(400, 300, 44, 15, true);

		final int width;

		final int height;

		final int left;

		final int font;

		final boolean monthlyLabels;

		Size(int width, int height, int left, int font, boolean monthlyLabels) {
			this.width = width;
			this.height = height;
			this.left = left;
			this.font = font;
			this.monthlyLabels = monthlyLabels;
		}

	}

	/** The words the chart needs, from messages.properties. */
	record Words(String label, String axis, Function<LocalDate, String> dateLabel,
			Function<DailyLoad, String> describeDay) {
	}

	private static final int RIGHT = 8;

	private static final int TOP = 24;

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	private LoadChart() {
	}

	/**
	 * @param marks races, massages, hard sessions and other modules' marks; their {@code cssClass} picks the shape
	 * ({@code race}, {@code massage}, {@code hard}, anything else a circle)
	 */
	static String svg(Size size, List<DailyLoad> days, List<ChartMarkers.Marker> marks, LocalDate today, Words words) {
		if (days.isEmpty()) {
			return "";
		}
		int bottomMargin = size.font * 2 + 6;
		double maxLoad = days.stream().mapToDouble(DailyLoad::load).max().orElse(0);
		double maxLine = days.stream()
			.mapToDouble(day -> Math.max(day.fitness(), Math.max(day.fatigue(), Math.abs(day.form()))))
			.max()
			.orElse(0);
		double tick = niceStep(Math.max(10, Math.max(maxLoad, maxLine) * 1.1) / 4);
		double top = Math.ceil(Math.max(10, Math.max(maxLoad, maxLine) * 1.05) / tick) * tick;
		double minForm = Math.min(0, days.stream().mapToDouble(DailyLoad::form).min().orElse(0));
		double bottom = minForm < 0 ? Math.floor(minForm * 1.05 / tick) * tick : 0;
		int plotHeight = size.height - TOP - bottomMargin;
		double step = (size.width - size.left - RIGHT) / (double) days.size();
		Scale scale = new Scale(top, bottom, plotHeight);
		Map<LocalDate, List<ChartMarkers.Marker>> marksByDay = marks.stream()
			.collect(Collectors.groupingBy(ChartMarkers.Marker::date));
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"load-chart ").append(size.name().toLowerCase(Locale.ROOT))
			.append("\" viewBox=\"0 0 ").append(size.width).append(' ').append(size.height)
			.append("\" role=\"img\" aria-label=\"").append(escape(words.label())).append("\">");
		String pattern = "spike-hatch-" + size.name().toLowerCase(Locale.ROOT);
		svg.append("<defs><pattern id=\"").append(pattern).append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
			.append(" patternTransform=\"rotate(45)\"><rect class=\"spike-fill\" width=\"6\" height=\"6\"/>")
			.append("<line class=\"spike-stripe\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/></pattern></defs>");
		// the y-axis: gridlines with their values, and its title
		for (double value = bottom; value <= top + tick / 2; value += tick) {
			double y = scale.y(value);
			svg.append(line(size.left, y, size.width - RIGHT, y, value == 0 ? "axis" : "grid"));
			svg.append("<text class=\"y-tick\" font-size=\"").append(size.font).append("\" x=\"").append(size.left - 4)
				.append("\" y=\"").append(fmt(y + size.font / 3.0)).append("\" text-anchor=\"end\">")
				.append(Math.round(value)).append("</text>");
		}
		svg.append("<text class=\"y-title\" font-size=\"").append(size.font).append("\" x=\"").append(size.left)
			.append("\" y=\"").append(TOP - 10).append("\" text-anchor=\"start\">").append(escape(words.axis()))
			.append("</text>");
		double zeroY = scale.y(0);
		for (int i = 0; i < days.size(); i++) {
			DailyLoad day = days.get(i);
			double x = size.left + i * step;
			if (day.load() > 0) {
				double barTop = scale.y(day.load());
				svg.append("<rect class=\"bar").append(day.projected() ? " projected" : "")
					.append(day.spike() ? " spike" : "").append('"')
					.append(day.spike() ? " fill=\"url(#" + pattern + ")\"" : "")
					.append(" x=\"").append(fmt(x + step * 0.15)).append("\" y=\"").append(fmt(barTop))
					.append("\" width=\"").append(fmt(step * 0.7)).append("\" height=\"")
					.append(fmt(zeroY - barTop)).append("\"/>");
			}
			if (label(size, days, i)) {
				svg.append("<text class=\"tick\" font-size=\"").append(size.font).append("\" x=\"").append(fmt(x))
					.append("\" y=\"").append(size.height - bottomMargin + size.font + 4).append("\">")
					.append(escape(words.dateLabel().apply(day.date()))).append("</text>");
			}
			if (day.date().equals(today)) {
				svg.append(line(x + step / 2, TOP, x + step / 2, size.height - bottomMargin, "today"));
			}
		}
		svg.append(polyline(size, days, scale, step, "fitness", DailyLoad::fitness));
		svg.append(polyline(size, days, scale, step, "fatigue", DailyLoad::fatigue));
		svg.append(polyline(size, days, scale, step, "form", DailyLoad::form));
		for (int i = 0; i < days.size(); i++) {
			DailyLoad day = days.get(i);
			double centre = size.left + i * step + step / 2;
			int stack = 0;
			for (ChartMarkers.Marker mark : marksByDay.getOrDefault(day.date(), List.of())) {
				mark(svg, mark, centre, stack++, scale, day, size.height - bottomMargin);
			}
		}
		// last, so that it is on top: a target as tall as the plot for each day, saying everything about the day
		for (int i = 0; i < days.size(); i++) {
			DailyLoad day = days.get(i);
			StringBuilder title = new StringBuilder(words.describeDay().apply(day));
			for (ChartMarkers.Marker mark : marksByDay.getOrDefault(day.date(), List.of())) {
				title.append("; ").append(mark.label());
			}
			svg.append("<rect class=\"hit\" data-date=\"").append(day.date()).append("\" x=\"")
				.append(fmt(size.left + i * step)).append("\" y=\"").append(TOP).append("\" width=\"")
				.append(fmt(step)).append("\" height=\"").append(size.height - bottomMargin - TOP)
				.append("\"><title>").append(escape(title.toString())).append("</title></rect>");
		}
		svg.append("</svg>");
		return svg.toString();
	}

	/** A date label under the day: weekly (Mondays) when wide, monthly (the 1st) when narrow; the first day too. */
	private static boolean label(Size size, List<DailyLoad> days, int i) {
		LocalDate date = days.get(i).date();
		if (i == 0) {
			// the first day, unless the next label comes too soon after it
			return size.monthlyLabels ? date.getDayOfMonth() < 20 : date.getDayOfWeek().getValue() <= 4;
		}
		return size.monthlyLabels ? date.getDayOfMonth() == 1 : date.getDayOfWeek().getValue() == 1;
	}

	private static void mark(StringBuilder svg, ChartMarkers.Marker mark, double x, int stack, Scale scale,
			DailyLoad day, int baseline) {
		String kind = mark.cssClass();
		svg.append("<g class=\"mark ").append(escape(kind)).append("\">");
		switch (kind) {
			case "race" -> {
				// a flag on a pole from the baseline to the top
				svg.append(line(x, baseline, x, TOP - 8, "mark-line"))
					.append("<path class=\"mark-shape\" d=\"M").append(fmt(x)).append(' ').append(TOP - 8)
					.append(" l10 4 l-10 4 z\"/>");
			}
			case "hard" -> {
				// a triangle just above the day's bar
				double y = Math.min(scale.y(day.load()), baseline) - 4 - stack * 10;
				svg.append("<path class=\"mark-shape\" d=\"M").append(fmt(x - 5)).append(' ').append(fmt(y))
					.append(" l5 -9 l5 9 z\"/>");
			}
			default -> {
				// a massage (or another module's mark): a dotted line and a circle at the top
				svg.append(line(x, baseline, x, TOP + 6, "mark-line"))
					.append("<circle class=\"mark-shape\" cx=\"").append(fmt(x)).append("\" cy=\"")
					.append(TOP + 6 + stack * 12).append("\" r=\"5\"/>");
			}
		}
		svg.append("</g>");
	}

	/** 1, 2 or 5 times a power of ten: the gridline step nearest above {@code rough}. */
	static double niceStep(double rough) {
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		for (double candidate : new double[] { 1, 2, 5, 10 }) {
			if (candidate * power >= rough) {
				return candidate * power;
			}
		}
		return 10 * power;
	}

	private record Scale(double top, double bottom, int plotHeight) {

		double y(double value) {
			return TOP + (top - value) / (top - bottom) * plotHeight;
		}

	}

	private interface Value {

		double of(DailyLoad day);

	}

	private static String polyline(Size size, List<DailyLoad> days, Scale scale, double step, String cssClass,
			Value value) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < days.size(); i++) {
			points.append(fmt(size.left + i * step + step / 2)).append(',')
				.append(fmt(scale.y(value.of(days.get(i))))).append(' ');
		}
		return "<polyline class=\"" + cssClass + "\" fill=\"none\" points=\"" + points.toString().strip() + "\"/>";
	}

	private static String line(double x1, double y1, double x2, double y2, String cssClass) {
		return "<line class=\"" + cssClass + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2)
				+ "\" y2=\"" + fmt(y2) + "\"/>";
	}

	/** The short date under the axis (for callers without their own words). */
	static String shortDate(LocalDate date) {
		return LABEL.format(date);
	}

	/**
	 * One decimal, exactly as {@code String.format(Locale.ROOT, "%.1f", value)} writes it (half up on the shortest
	 * decimal that reads back as the double; "-0.0" for a small negative): written by hand because the chart writes
	 * ~700 numbers and a {@code Formatter} builds its locale's symbols for each, which was 6% of all page CPU under
	 * the load suite (JFR). {@code LoadChartTests} checks it against {@code String.format}.
	 */
	static String fmt(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		String digits = BigDecimal.valueOf(Math.abs(value)).setScale(1, RoundingMode.HALF_UP).toPlainString();
		boolean negative = value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE;
		return negative ? "-" + digits : digits;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
