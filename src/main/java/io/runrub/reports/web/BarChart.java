package io.runrub.reports.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as plain SVG shapes (no script, no CDN, no inline style: fills are
 * presentation attributes): one group of bars per row, one bar per series, the value written beside each bar. The
 * page gives the SVG a title and a description and puts the same numbers in a table beside it.
 */
record BarChart(String id, String title, String description, int width, int height, List<Bar> bars,
		List<Label> labels, int rows) {

	static final String[] FILLS = { "#1f5f99", "#b4531f", "#2f7d4f", "#6b4fa3" };

	private static final int LEGEND = 28;

	private static final int LABEL_WIDTH = 180;

	private static final int BAR_SPACE = 340;

	private static final int VALUE_WIDTH = 150;

	private static final int BAR = 14;

	private static final int GAP = 12;

	record Bar(int x, int y, int width, int height, String fill) {
	}

	record Label(int x, int y, String text, String anchor) {
	}

	/** A row: its label, and per series the value (drawn) and how to write it. */
	record Row(String label, List<Long> values, List<String> texts) {
	}

	static BarChart of(String id, String title, String description, List<String> series, List<Row> rows) {
		return of(id, title, description, series, rows, 1);
	}

	/** A chart whose bars are drawn to a scale of at least {@code scale} (100 for percentages). */
	static BarChart of(String id, String title, String description, List<String> series, List<Row> rows, long scale) {
		long max = Math.max(scale,
				rows.stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).max().orElse(1));
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		int x = 0;
		for (int s = 0; s < series.size(); s++) {
			bars.add(new Bar(x, 6, 12, 12, FILLS[s % FILLS.length]));
			labels.add(new Label(x + 16, 16, series.get(s), "start"));
			x += 16 + 8 * series.get(s).length() + 16;
		}
		int y = LEGEND;
		for (Row row : rows) {
			int groupHeight = series.size() * (BAR + 2);
			labels.add(new Label(LABEL_WIDTH - 8, y + groupHeight / 2 + 4, row.label(), "end"));
			for (int s = 0; s < series.size(); s++) {
				long value = Math.max(0, row.values().get(s));
				int width = (int) Math.round((double) BAR_SPACE * value / max);
				int top = y + s * (BAR + 2);
				bars.add(new Bar(LABEL_WIDTH, top, Math.max(width, value > 0 ? 1 : 0), BAR, FILLS[s % FILLS.length]));
				labels.add(new Label(LABEL_WIDTH + width + 6, top + BAR - 3, row.texts().get(s), "start"));
			}
			y += groupHeight + GAP;
		}
		int width = Math.max(LABEL_WIDTH + BAR_SPACE + VALUE_WIDTH, x);
		return new BarChart(id, title, description, width, Math.max(y, LEGEND + 10), bars, labels, rows.size());
	}

}
