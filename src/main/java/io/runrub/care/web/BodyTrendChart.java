package io.runrub.care.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.runrub.care.body.BodyLog;

/**
 * One body area's scores (0–10) over a span of days as a small inline SVG drawn on the server, like the training
 * load chart: a line through the days it was marked, a dot on each with its score written above it and in its
 * tooltip, and the first and last dates of the span under the baseline.
 */
final class BodyTrendChart {

	static final int WIDTH = 300;

	static final int HEIGHT = 84;

	private static final int PAD = 8;

	/** Room above the line for the scores, and below it for the dates. */
	private static final int TOP = 16;

	private static final int BOTTOM = 18;

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	private BodyTrendChart() {
	}

	static String svg(String area, List<BodyLog.DayScore> scores, LocalDate from, LocalDate to) {
		long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 ").append(WIDTH)
			.append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
			.append(escape(area + ": " + describe(scores))).append("\">");
		svg.append("<line class=\"baseline\" x1=\"").append(PAD).append("\" y1=\"").append(fmt(y(0)))
			.append("\" x2=\"").append(WIDTH - PAD).append("\" y2=\"").append(fmt(y(0))).append("\"/>");
		svg.append("<text class=\"date\" x=\"").append(PAD).append("\" y=\"").append(HEIGHT - 4)
			.append("\" text-anchor=\"start\">").append(escape(LABEL.format(from))).append("</text>");
		svg.append("<text class=\"date\" x=\"").append(WIDTH - PAD).append("\" y=\"").append(HEIGHT - 4)
			.append("\" text-anchor=\"end\">").append(escape(LABEL.format(to))).append("</text>");
		StringBuilder points = new StringBuilder();
		StringBuilder dots = new StringBuilder();
		for (BodyLog.DayScore score : scores) {
			if (score.date().isBefore(from) || score.date().isAfter(to)) {
				continue;
			}
			double x = PAD + (score.date().toEpochDay() - from.toEpochDay()) * (WIDTH - 2.0 * PAD) / span;
			double y = y(score.score());
			points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
			dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"2.5\"")
				.append(score.score() >= 5 ? " class=\"sore\"" : "").append("><title>")
				.append(escape(LABEL.format(score.date()) + ": " + score.score() + "/10")).append("</title></circle>");
			dots.append("<text class=\"value\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 5))
				.append("\" text-anchor=\"middle\">").append(score.score()).append("</text>");
		}
		if (!points.isEmpty()) {
			svg.append("<polyline fill=\"none\" points=\"").append(points.toString().strip()).append("\"/>");
		}
		svg.append(dots).append("</svg>");
		return svg.toString();
	}

	static String describe(List<BodyLog.DayScore> scores) {
		if (scores.isEmpty()) {
			return "not marked";
		}
		StringBuilder text = new StringBuilder();
		for (BodyLog.DayScore score : scores) {
			if (!text.isEmpty()) {
				text.append(", ");
			}
			text.append(LABEL.format(score.date())).append(' ').append(score.score());
		}
		return text.toString();
	}

	private static double y(int score) {
		return HEIGHT - BOTTOM - score * (HEIGHT - TOP - BOTTOM) / 10.0;
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
