package io.runrub.care.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.runrub.shared.BodyArea;

/**
 * The body map: a front and a back figure whose areas are the {@link BodyArea}s, each shaded by its level (0–10), as
 * inline SVG drawn on the server. Editable, each area is a link to its own input (its name and level as its label):
 * without script it jumps to the input, with script ({@code /js/body-map.js}) it focuses it and the shading follows
 * what is typed. Read-only, it is one image whose label lists the levels. {@link BodyArea#OTHER} has no place on the
 * map; it keeps its plain input.
 */
final class BodyMap {

	enum Side {
		FRONT, BACK
	}

	/** One shape of an area on a side: an ellipse (cx, cy, rx, ry) or, with {@code rect}, a rounded rectangle. */
	private record Shape(BodyArea area, boolean rect, double a, double b, double c, double d) {
	}

	private static final Map<Side, List<Shape>> SHAPES = new EnumMap<>(Side.class);

	static {
		SHAPES.put(Side.FRONT, List.of(
				rect(BodyArea.SHOULDERS_NECK, 34, 34, 52, 12),
				ellipse(BodyArea.HIPS_GLUTES, 49, 118, 10, 7), ellipse(BodyArea.HIPS_GLUTES, 71, 118, 10, 7),
				rect(BodyArea.IT_BAND, 32, 130, 6, 48), rect(BodyArea.IT_BAND, 82, 130, 6, 48),
				rect(BodyArea.QUADS, 39, 130, 18, 48), rect(BodyArea.QUADS, 63, 130, 18, 48),
				ellipse(BodyArea.KNEES, 48, 187, 8, 8), ellipse(BodyArea.KNEES, 72, 187, 8, 8),
				rect(BodyArea.SHINS, 42, 198, 12, 38), rect(BodyArea.SHINS, 66, 198, 12, 38),
				ellipse(BodyArea.FEET, 46, 248, 9, 5), ellipse(BodyArea.FEET, 74, 248, 9, 5)));
		SHAPES.put(Side.BACK, List.of(
				rect(BodyArea.SHOULDERS_NECK, 38, 28, 44, 24),
				rect(BodyArea.LOW_BACK, 43, 88, 34, 18),
				ellipse(BodyArea.HIPS_GLUTES, 49, 121, 11, 10), ellipse(BodyArea.HIPS_GLUTES, 71, 121, 11, 10),
				rect(BodyArea.HAMSTRINGS, 39, 135, 18, 46), rect(BodyArea.HAMSTRINGS, 63, 135, 18, 46),
				ellipse(BodyArea.CALVES, 48, 208, 8, 17), ellipse(BodyArea.CALVES, 72, 208, 8, 17),
				ellipse(BodyArea.FEET, 47, 248, 8, 5), ellipse(BodyArea.FEET, 73, 248, 8, 5)));
	}

	/** The outline of a runner, the same on both sides (decoration: the areas carry the meaning). */
	private static final String SILHOUETTE = "<g class=\"silhouette\" aria-hidden=\"true\">"
			+ "<circle cx=\"60\" cy=\"14\" r=\"11\"/><rect x=\"54\" y=\"24\" width=\"12\" height=\"8\"/>"
			+ "<path d=\"M34 34 H86 L82 112 H38 Z\"/>"
			+ "<rect x=\"21\" y=\"36\" width=\"12\" height=\"72\" rx=\"6\"/><rect x=\"87\" y=\"36\" width=\"12\" height=\"72\" rx=\"6\"/>"
			+ "<rect x=\"37\" y=\"110\" width=\"22\" height=\"134\" rx=\"8\"/><rect x=\"61\" y=\"110\" width=\"22\" height=\"134\" rx=\"8\"/>"
			+ "</g>";

	private BodyMap() {
	}

	/** The areas that have a place on the map (all but {@link BodyArea#OTHER}). */
	static boolean mapped(BodyArea area) {
		return SHAPES.values().stream().flatMap(List::stream).anyMatch(shape -> shape.area() == area);
	}

	/**
	 * @param levels each area's level from 0 to 10 (absent: not marked)
	 * @param describe an area and its level (or null) in words, e.g. "Calves: 6 of 10"
	 * @param sideName the side's name, e.g. "Front"
	 * @param inputPrefix editable: the id prefix of each area's input ({@code area_} for {@code area_CALVES}); null for
	 * a read-only picture
	 */
	static String svg(Side side, Map<BodyArea, Integer> levels, Function<BodyArea, String> describe, String sideName,
			String inputPrefix) {
		boolean editable = inputPrefix != null;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"body-figure ")
			.append(side.name().toLowerCase(Locale.ROOT)).append("\" viewBox=\"0 0 120 260\"");
		if (editable) {
			svg.append(" role=\"group\" aria-label=\"").append(escape(sideName)).append("\">");
		}
		else {
			StringBuilder label = new StringBuilder(sideName);
			SHAPES.get(side).stream().map(Shape::area).distinct().forEach(area -> label.append("; ")
				.append(describe.apply(area)));
			svg.append(" role=\"img\" aria-label=\"").append(escape(label.toString())).append("\">");
		}
		svg.append(SILHOUETTE);
		SHAPES.get(side).stream().map(Shape::area).distinct().forEach(area -> {
			Integer level = levels.get(area);
			String css = "area level-" + (level == null ? "none" : Math.max(0, Math.min(10, level)));
			String words = escape(describe.apply(area));
			if (editable) {
				svg.append("<a href=\"#").append(inputPrefix).append(area.name()).append("\" class=\"").append(css)
					.append("\" data-area=\"").append(area.name()).append("\" aria-label=\"").append(words)
					.append("\">");
			}
			else {
				svg.append("<g class=\"").append(css).append("\" data-area=\"").append(area.name()).append("\">");
			}
			svg.append("<title>").append(words).append("</title>");
			for (Shape shape : SHAPES.get(side)) {
				if (shape.area() == area) {
					svg.append(shape.rect()
							? "<rect x=\"" + fmt(shape.a()) + "\" y=\"" + fmt(shape.b()) + "\" width=\"" + fmt(shape.c())
									+ "\" height=\"" + fmt(shape.d()) + "\" rx=\"4\"/>"
							: "<ellipse cx=\"" + fmt(shape.a()) + "\" cy=\"" + fmt(shape.b()) + "\" rx=\""
									+ fmt(shape.c()) + "\" ry=\"" + fmt(shape.d()) + "\"/>");
				}
			}
			svg.append(editable ? "</a>" : "</g>");
		});
		svg.append("</svg>");
		return svg.toString();
	}

	/** An area in words with its level out of {@code max} ("Calves: 6 of 10"), or that it is not marked. */
	static Function<BodyArea, String> words(org.springframework.context.support.MessageSourceAccessor messages,
			Map<BodyArea, Integer> values, int max) {
		return area -> values.get(area) == null
				? messages.getMessage("care.body.map.unmarked", new Object[] { area.displayName() })
				: messages.getMessage("care.body.map.level", new Object[] { area.displayName(), values.get(area), max });
	}

	/** Both sides, front first, as the page shows them side by side. */
	static List<String> both(Map<BodyArea, Integer> levels, Function<BodyArea, String> describe,
			org.springframework.context.support.MessageSourceAccessor messages, String inputPrefix) {
		return List.of(svg(Side.FRONT, levels, describe, messages.getMessage("care.body.map.front"), inputPrefix),
				svg(Side.BACK, levels, describe, messages.getMessage("care.body.map.back"), inputPrefix));
	}

	/** Levels 0–10 from severities 0–{@code max} (a therapist's finding), so both read on one shading. */
	static Map<BodyArea, Integer> scaled(Map<BodyArea, Integer> values, int max) {
		Map<BodyArea, Integer> levels = new EnumMap<>(BodyArea.class);
		values.forEach((area, value) -> levels.put(area, (int) Math.round(value * 10.0 / max)));
		return levels;
	}

	private static Shape rect(BodyArea area, double x, double y, double width, double height) {
		return new Shape(area, true, x, y, width, height);
	}

	private static Shape ellipse(BodyArea area, double cx, double cy, double rx, double ry) {
		return new Shape(area, false, cx, cy, rx, ry);
	}

	private static String fmt(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
