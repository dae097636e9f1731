package io.runrub.care.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.runrub.care.notes.Finding;
import io.runrub.care.notes.NoteContent;
import io.runrub.care.notes.TissueState;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Pressure;

/**
 * The note form of the pages: one row per body area (state and severity; an area left blank was not examined),
 * techniques one per line, pressure, tolerance and the feedback for the runner. Read from the request parameters,
 * so that a refused form is shown again exactly as it was filled in.
 */
record NoteForm(Map<BodyArea, String> states, Map<BodyArea, String> severities, String techniques, String pressure,
		String tolerance, String feedback) {

	static NoteForm empty() {
		return new NoteForm(new EnumMap<>(BodyArea.class), new EnumMap<>(BodyArea.class), "", "", "", "");
	}

	static NoteForm of(NoteContent content) {
		Map<BodyArea, String> states = new EnumMap<>(BodyArea.class);
		Map<BodyArea, String> severities = new EnumMap<>(BodyArea.class);
		for (Finding finding : content.findings()) {
			states.put(finding.area(), finding.state().name());
			severities.put(finding.area(), String.valueOf(finding.severity()));
		}
		return new NoteForm(states, severities, String.join("\n", content.techniques()), content.pressure().name(),
				content.tolerance().name(), content.feedbackForRunner());
	}

	static NoteForm from(Map<String, String> params) {
		Map<BodyArea, String> states = new EnumMap<>(BodyArea.class);
		Map<BodyArea, String> severities = new EnumMap<>(BodyArea.class);
		for (BodyArea area : BodyArea.values()) {
			states.put(area, params.getOrDefault("state_" + area.name(), ""));
			severities.put(area, params.getOrDefault("severity_" + area.name(), ""));
		}
		return new NoteForm(states, severities, params.getOrDefault("techniques", ""),
				params.getOrDefault("pressure", ""), params.getOrDefault("tolerance", ""),
				params.getOrDefault("feedback", ""));
	}

	public String state(BodyArea area) {
		return states.getOrDefault(area, "");
	}

	public String severity(BodyArea area) {
		return severities.getOrDefault(area, "");
	}

	/** The findings filled in; a state without a severity gets 1 (or 0 when normal). */
	List<Finding> findings() {
		List<Finding> findings = new ArrayList<>();
		for (BodyArea area : BodyArea.values()) {
			String state = state(area).strip();
			if (state.isEmpty()) {
				continue;
			}
			TissueState tissue = parse(TissueState.class, state, "state of " + area.displayName());
			String severity = severity(area).strip();
			int value;
			if (severity.isEmpty()) {
				value = tissue == TissueState.NORMAL ? 0 : 1;
			}
			else {
				try {
					value = Integer.parseInt(severity);
				}
				catch (NumberFormatException ex) {
					throw DomainException.refused("finding-severity-not-a-number", area.displayName(), Finding.MAX_SEVERITY);
				}
			}
			findings.add(new Finding(area, tissue, value));
		}
		return findings;
	}

	List<String> techniqueList() {
		return Arrays.stream(techniques.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	Pressure pressureValue() {
		return parse(Pressure.class, pressure, "pressure used");
	}

	Pressure toleranceValue() {
		return parse(Pressure.class, tolerance, "runner's tolerance");
	}

	NoteContent content() {
		return new NoteContent(findings(), techniqueList(), pressureValue(), toleranceValue(), feedback);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw DomainException.refused("note-choice-missing", what);
		}
	}

}
