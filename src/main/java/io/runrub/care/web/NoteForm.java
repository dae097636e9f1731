package io.runrub.care.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.runrub.care.notes.Finding;
import io.runrub.care.notes.NoteChanges;
import io.runrub.care.notes.NoteContent;
import io.runrub.care.notes.TissueState;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Pressure;
import io.runrub.shared.web.Refusals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * The note form of the pages, bound by Spring: one row per body area ({@code findings[CALVES].state} and
 * {@code .severity}; an area left blank was not examined), techniques one per line, pressure, tolerance and the
 * feedback for the runner. A refused form is shown again as it was filled in, each error next to its field.
 */
public class NoteForm {

	@Valid
	private Map<BodyArea, Row> findings = new EnumMap<>(BodyArea.class);

	@Size(max = 4000, message = "{care.invalid.techniques}")
	private String techniques = "";

	@NotNull(message = "{care.invalid.pressure}")
	private Pressure pressure;

	@NotNull(message = "{care.invalid.tolerance}")
	private Pressure tolerance;

	@NotBlank(message = "{care.invalid.feedback}")
	@Size(max = NoteContent.MAX_FEEDBACK_LENGTH, message = "{care.invalid.feedbackLength}")
	private String feedback = "";

	public NoteForm() {
		for (BodyArea area : BodyArea.values()) {
			findings.put(area, new Row());
		}
	}

	/** One area's row: its state and severity (0 to 3), both blank when the area was not examined. */
	public static class Row {

		private TissueState state;

		@Min(value = 0, message = "{care.invalid.severity}")
		@Max(value = Finding.MAX_SEVERITY, message = "{care.invalid.severity}")
		private Integer severity;

		public TissueState getState() {
			return state;
		}

		public void setState(TissueState state) {
			this.state = state;
		}

		public Integer getSeverity() {
			return severity;
		}

		public void setSeverity(Integer severity) {
			this.severity = severity;
		}

	}

	static NoteForm of(NoteContent content) {
		NoteForm form = new NoteForm();
		form.fill(content);
		return form;
	}

	void fill(NoteContent content) {
		for (Finding finding : content.findings()) {
			Row row = findings.get(finding.area());
			row.setState(finding.state());
			row.setSeverity(finding.severity());
		}
		techniques = String.join("\n", content.techniques());
		pressure = content.pressure();
		tolerance = content.tolerance();
		feedback = content.feedbackForRunner();
	}

	/**
	 * The findings filled in (a state without a severity gets 1, or 0 when normal); each area's refusal is rejected on
	 * its row, so that every bad row shows at once. A severity without a state is refused, not ignored.
	 */
	List<Finding> findings(BindingResult result, Refusals refusals) {
		List<Finding> list = new ArrayList<>();
		for (BodyArea area : BodyArea.values()) {
			Row row = findings.get(area);
			String path = "findings[" + area.name() + "]";
			if (row == null || result.hasFieldErrors(path + ".state") || result.hasFieldErrors(path + ".severity")) {
				continue;
			}
			if (row.getState() == null) {
				if (row.getSeverity() != null) {
					result.rejectValue(path + ".state", "care.invalid.stateMissing",
							new Object[] { area.displayName() }, null);
				}
				continue;
			}
			int severity = row.getSeverity() != null ? row.getSeverity()
					: row.getState() == TissueState.NORMAL ? 0 : 1;
			try {
				list.add(new Finding(area, row.getState(), severity));
			}
			catch (DomainException ex) {
				result.rejectValue(path + ".severity", ex.code(), refusals.detail(ex));
			}
		}
		return list;
	}

	List<String> techniqueList() {
		return Arrays.stream((techniques == null ? "" : techniques).split("\\R"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
	}

	/** The note's content, or null with every error of the form in the result. */
	NoteContent content(BindingResult result, Refusals refusals) {
		List<Finding> list = findings(result, refusals);
		if (list.isEmpty() && !hasFindingErrors(result)) {
			reject(result, DomainException.refused("note-no-findings"), refusals);
		}
		checkTechniques(result, refusals);
		if (result.hasErrors()) {
			return null;
		}
		try {
			return new NoteContent(list, techniqueList(), pressure, tolerance, feedback);
		}
		catch (DomainException ex) {
			reject(result, ex, refusals);
			return null;
		}
	}

	/** The form as changes to a note (the whole content: only what really changes is recorded), or null. */
	NoteChanges changes(BindingResult result, Refusals refusals) {
		NoteContent content = content(result, refusals);
		return content == null ? null : new NoteChanges(content.findings(), content.techniques(), content.pressure(),
				content.tolerance(), content.feedbackForRunner());
	}

	private void checkTechniques(BindingResult result, Refusals refusals) {
		if (result.hasFieldErrors("techniques")) {
			return;
		}
		List<String> lines = techniqueList();
		if (lines.size() > NoteContent.MAX_TECHNIQUES) {
			reject(result, DomainException.refused("note-too-many-techniques", NoteContent.MAX_TECHNIQUES), refusals);
		}
		else if (lines.stream().anyMatch(line -> line.length() > NoteContent.MAX_TECHNIQUE_LENGTH)) {
			reject(result, DomainException.refused("note-technique-invalid", NoteContent.MAX_TECHNIQUE_LENGTH),
					refusals);
		}
	}

	private static boolean hasFindingErrors(BindingResult result) {
		return result.getFieldErrors().stream().anyMatch(error -> error.getField().startsWith("findings"));
	}

	/** A refusal of the domain, next to the field it is about, or at the top of the form. */
	static void reject(BindingResult result, DomainException ex, Refusals refusals) {
		String field = fieldOf(ex.code());
		if (field == null) {
			result.reject(ex.code(), refusals.detail(ex));
		}
		else {
			result.rejectValue(field, ex.code(), refusals.detail(ex));
		}
	}

	/** The field a refusal of the clinical record is about; null for the whole form. */
	static String fieldOf(String code) {
		return switch (code == null ? "" : code) {
			case "note-no-findings", "finding-empty", "finding-area-twice" -> "findings";
			case "note-too-many-techniques", "note-technique-invalid" -> "techniques";
			case "note-pressure-missing" -> "pressure";
			case "note-no-feedback", "note-feedback-too-long" -> "feedback";
			case "amendment-no-reason", "amendment-reason-too-long" -> "reason";
			default -> null;
		};
	}

	public Map<BodyArea, Row> getFindings() {
		return findings;
	}

	public void setFindings(Map<BodyArea, Row> findings) {
		this.findings = findings;
	}

	public String getTechniques() {
		return techniques;
	}

	public void setTechniques(String techniques) {
		this.techniques = techniques;
	}

	public Pressure getPressure() {
		return pressure;
	}

	public void setPressure(Pressure pressure) {
		this.pressure = pressure;
	}

	public Pressure getTolerance() {
		return tolerance;
	}

	public void setTolerance(Pressure tolerance) {
		this.tolerance = tolerance;
	}

	public String getFeedback() {
		return feedback;
	}

	public void setFeedback(String feedback) {
		this.feedback = feedback;
	}

	/** An amendment: the note as it should read, and why. */
	public static class Amendment extends NoteForm {

		@NotBlank(message = "{care.invalid.reason}")
		@Size(max = 1000, message = "{care.invalid.reasonLength}")
		private String reason = "";

		static Amendment of(NoteContent content) {
			Amendment form = new Amendment();
			form.fill(content);
			return form;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
