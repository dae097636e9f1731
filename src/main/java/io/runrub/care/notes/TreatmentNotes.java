package io.runrub.care.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.runrub.shared.BodyArea;
import io.runrub.shared.Pressure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Treatment notes and their amendments, with handwritten SQL that only ever inserts: there is no statement here that
 * updates or deletes a note, a finding or an amendment, so a signed note cannot be changed silently through the
 * application.
 */
@Repository
public class TreatmentNotes {

	private final JdbcClient jdbc;

	TreatmentNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	TreatmentNote insert(TreatmentNote note) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		NoteContent content = note.original();
		jdbc.sql("""
				insert into treatment_note (appointment_id, runner_id, therapist_id, author_account_id, techniques,
				  pressure, tolerance, feedback_for_runner, signed_at)
				values (:appointment, :runner, :therapist, :author, :techniques, :pressure, :tolerance, :feedback,
				  :signed)""")
			.param("appointment", note.appointmentId())
			.param("runner", note.runnerId())
			.param("therapist", note.therapistId())
			.param("author", note.authorAccountId())
			.param("techniques", String.join("\n", content.techniques()))
			.param("pressure", content.pressure().name())
			.param("tolerance", content.tolerance().name())
			.param("feedback", content.feedbackForRunner())
			.param("signed", utc(note.signedAt()))
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		for (Finding finding : content.findings()) {
			jdbc.sql("insert into treatment_finding (note_id, area, state, severity) values (:note, :area, :state, :severity)")
				.param("note", id)
				.param("area", finding.area().name())
				.param("state", finding.state().name())
				.param("severity", finding.severity())
				.update();
		}
		return new TreatmentNote(id, note.appointmentId(), note.runnerId(), note.therapistId(), note.authorAccountId(),
				note.signedAt(), content, List.of());
	}

	/**
	 * Appends an amendment. Two amendments racing for the same sequence number collide on the unique constraint
	 * (a {@link org.springframework.dao.DuplicateKeyException}), so none is ever lost or reordered.
	 */
	public void append(long noteId, Amendment amendment) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		NoteChanges changes = amendment.changes();
		jdbc.sql("""
				insert into note_amendment (note_id, sequence_number, author_account_id, amended_at, reason, techniques,
				  pressure, tolerance, feedback_for_runner)
				values (:note, :sequence, :author, :at, :reason, :techniques, :pressure, :tolerance, :feedback)""")
			.param("note", noteId)
			.param("sequence", amendment.sequence())
			.param("author", amendment.authorAccountId())
			.param("at", utc(amendment.amendedAt()))
			.param("reason", amendment.reason())
			.param("techniques", changes.techniques() == null ? null : String.join("\n", changes.techniques()))
			.param("pressure", changes.pressure() == null ? null : changes.pressure().name())
			.param("tolerance", changes.tolerance() == null ? null : changes.tolerance().name())
			.param("feedback", changes.feedbackForRunner())
			.update(key, "id");
		long id = key.getKeyAs(Long.class);
		if (changes.findings() != null) {
			for (Finding finding : changes.findings()) {
				jdbc.sql("""
						insert into amendment_finding (amendment_id, area, state, severity)
						values (:amendment, :area, :state, :severity)""")
					.param("amendment", id)
					.param("area", finding.area().name())
					.param("state", finding.state().name())
					.param("severity", finding.severity())
					.update();
			}
		}
	}

	public Optional<TreatmentNote> findById(long id) {
		return complete(jdbc.sql("select * from treatment_note where id = :id").param("id", id).query(NoteRow::map).list())
			.stream()
			.findFirst();
	}

	Optional<TreatmentNote> findByAppointment(long appointmentId) {
		return complete(jdbc.sql("select * from treatment_note where appointment_id = :appointment")
			.param("appointment", appointmentId)
			.query(NoteRow::map)
			.list()).stream().findFirst();
	}

	List<TreatmentNote> findByAppointments(Collection<Long> appointmentIds) {
		if (appointmentIds.isEmpty()) {
			return List.of();
		}
		return complete(jdbc.sql("select * from treatment_note where appointment_id in (:appointments)")
			.param("appointments", appointmentIds)
			.query(NoteRow::map)
			.list());
	}

	public List<TreatmentNote> findByRunner(long runnerId) {
		return complete(jdbc.sql("select * from treatment_note where runner_id = :runner order by signed_at, id")
			.param("runner", runnerId)
			.query(NoteRow::map)
			.list());
	}

	private List<TreatmentNote> complete(List<NoteRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(NoteRow::id).toList();
		Map<Long, List<Finding>> findings = new HashMap<>();
		jdbc.sql("select note_id, area, state, severity from treatment_finding where note_id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getLong("note_id"), finding(rs)))
			.list()
			.forEach(entry -> findings.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
		List<AmendmentRow> amendmentRows = jdbc.sql("""
				select id, note_id, sequence_number, author_account_id, amended_at, reason, techniques, pressure,
				  tolerance, feedback_for_runner
				from note_amendment where note_id in (:ids) order by note_id, sequence_number""")
			.param("ids", ids)
			.query(AmendmentRow::map)
			.list();
		Map<Long, List<Finding>> amendmentFindings = new HashMap<>();
		if (!amendmentRows.isEmpty()) {
			jdbc.sql("select amendment_id, area, state, severity from amendment_finding where amendment_id in (:ids)")
				.param("ids", amendmentRows.stream().map(AmendmentRow::id).toList())
				.query((rs, row) -> Map.entry(rs.getLong("amendment_id"), finding(rs)))
				.list()
				.forEach(entry -> amendmentFindings.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
					.add(entry.getValue()));
		}
		Map<Long, List<Amendment>> amendments = new HashMap<>();
		for (AmendmentRow row : amendmentRows) {
			amendments.computeIfAbsent(row.noteId(), id -> new ArrayList<>())
				.add(new Amendment(row.sequence(), row.author(), row.at(), row.reason(),
						new NoteChanges(amendmentFindings.get(row.id()), row.techniques(), row.pressure(),
								row.tolerance(), row.feedback())));
		}
		return rows.stream()
			.map(row -> new TreatmentNote(row.id(), row.appointmentId(), row.runnerId(), row.therapistId(),
					row.author(), row.signedAt(),
					new NoteContent(findings.getOrDefault(row.id(), List.of()), row.techniques(), row.pressure(),
							row.tolerance(), row.feedback()),
					amendments.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private static Finding finding(ResultSet rs) throws SQLException {
		return new Finding(BodyArea.valueOf(rs.getString("area")), TissueState.valueOf(rs.getString("state")),
				rs.getInt("severity"));
	}

	private record NoteRow(long id, long appointmentId, long runnerId, long therapistId, long author,
			List<String> techniques, Pressure pressure, Pressure tolerance, String feedback, Instant signedAt) {

		static NoteRow map(ResultSet rs, int row) throws SQLException {
			return new NoteRow(rs.getLong("id"), rs.getLong("appointment_id"), rs.getLong("runner_id"),
					rs.getLong("therapist_id"), rs.getLong("author_account_id"), lines(rs.getString("techniques")),
					Pressure.valueOf(rs.getString("pressure")), Pressure.valueOf(rs.getString("tolerance")),
					rs.getString("feedback_for_runner"), instant(rs, "signed_at"));
		}

	}

	private record AmendmentRow(long id, long noteId, int sequence, long author, Instant at, String reason,
			List<String> techniques, Pressure pressure, Pressure tolerance, String feedback) {

		static AmendmentRow map(ResultSet rs, int row) throws SQLException {
			String techniques = rs.getString("techniques");
			String pressure = rs.getString("pressure");
			String tolerance = rs.getString("tolerance");
			return new AmendmentRow(rs.getLong("id"), rs.getLong("note_id"), rs.getInt("sequence_number"),
					rs.getLong("author_account_id"), instant(rs, "amended_at"), rs.getString("reason"),
					techniques == null ? null : lines(techniques), pressure == null ? null : Pressure.valueOf(pressure),
					tolerance == null ? null : Pressure.valueOf(tolerance), rs.getString("feedback_for_runner"));
		}

	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	public static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
