package io.runrub.care.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.runrub.care.notes.Finding;
import io.runrub.care.notes.NoteContent;
import io.runrub.shared.BodyArea;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The body map of a therapist's findings, for the templates ({@code ${@bodyMaps.findings(content)}}): read-only in a
 * note and a brief, and as the way into the findings rows of the note form. A finding's severity (0–3) is shaded on
 * the same scale as a runner's check-in (0–10).
 */
@Component("bodyMaps")
public class BodyMapPictures {

	private final MessageSourceAccessor messages;

	BodyMapPictures(MessageSourceAccessor messages) {
		this.messages = messages;
	}

	/** Front and back, read-only: each examined area shaded by severity and named with its state. */
	public List<String> findings(NoteContent content) {
		Map<BodyArea, Integer> severities = new EnumMap<>(BodyArea.class);
		Map<BodyArea, String> words = new EnumMap<>(BodyArea.class);
		for (Finding finding : content.findings()) {
			severities.put(finding.area(), finding.severity());
			words.put(finding.area(), messages.getMessage("care.body.map.finding", new Object[] {
					finding.area().displayName(), finding.state().label(), finding.severity(), Finding.MAX_SEVERITY }));
		}
		return BodyMap.both(BodyMap.scaled(severities, Finding.MAX_SEVERITY),
				area -> words.getOrDefault(area,
						messages.getMessage("care.body.map.notExamined", new Object[] { area.displayName() })),
				messages, null);
	}

	/** Front and back of the note form: each area a link to its row, shaded by the severity entered so far. */
	public List<String> findingsForm(Map<BodyArea, NoteForm.Row> rows) {
		Map<BodyArea, Integer> severities = new EnumMap<>(BodyArea.class);
		rows.forEach((area, row) -> {
			if (row != null && row.getSeverity() != null) {
				severities.put(area, row.getSeverity());
			}
		});
		return BodyMap.both(BodyMap.scaled(severities, Finding.MAX_SEVERITY),
				BodyMap.words(messages, severities, Finding.MAX_SEVERITY), messages, "state_");
	}

}
