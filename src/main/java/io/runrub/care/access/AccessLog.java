package io.runrub.care.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountSummary;
import io.runrub.booking.CareGrant;
import io.runrub.care.notes.TreatmentNotes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log of every read of a clinical note: who, which note, when, through which path, and whether it was shown.
 * Attempts at notes the caller may not see, or that do not exist, are logged too (DENIED, MISSING) before the caller
 * gets "not found". Each entry is written in its own transaction, before any note content is returned, so that no
 * read goes unlogged and no refused attempt is rolled back with the request. Hand-written SQL on purpose: the log is
 * insert-only, and an admin's review joins it with the notes, which no aggregate repository would express.
 */
@Component
public class AccessLog {

	/** What came of a read. */
	public enum Outcome {

		/** The note was shown. */
		READ,
		/** The note exists, but the caller may not see it: they were told "not found". */
		DENIED,
		/** There is no such note. */
		MISSING

	}

	/** One entry, with the names an admin needs to review it. */
	public record Entry(long id, Instant at, long accountId, String accountName, String accountRole, long noteId,
			Long runnerId, String runnerName, String path, Outcome outcome, Long grantAppointmentId, Long arrangedBy,
			String arrangedByName) {
	}

	public static final int MAX_ENTRIES = 1000;

	private final JdbcClient jdbc;

	private final AccountDirectory accounts;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate readOnly;

	AccessLog(JdbcClient jdbc, AccountDirectory accounts, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	public void record(long accountId, long noteId, String path, Outcome outcome, Instant at) {
		record(accountId, noteId, path, outcome, at, null);
	}

	/**
	 * As {@link #record(long, long, String, Outcome, Instant)}, naming the appointment that let the reader in and the
	 * account that arranged it (the runner, or the admin who recorded history the runner confirmed).
	 */
	public void record(long accountId, long noteId, String path, Outcome outcome, Instant at, CareGrant grant) {
		String via = path == null || path.isBlank() ? "unknown" : path.strip();
		String bounded = via.length() > 300 ? via.substring(0, 300) : via;
		ownTransaction.executeWithoutResult(status -> jdbc.sql("""
				insert into clinical_access_log (account_id, note_id, path, outcome, accessed_at, grant_appointment_id,
				  arranged_by)
				values (:account, :note, :path, :outcome, :at, :grant, :arrangedBy)""")
			.param("account", accountId)
			.param("note", noteId)
			.param("path", bounded)
			.param("outcome", outcome.name())
			.param("at", TreatmentNotes.utc(at))
			.param("grant", grant == null ? null : grant.appointmentId().value())
			.param("arrangedBy", grant == null ? null : grant.arrangedBy().value())
			.update());
	}

	/** Entries from..to (to exclusive), newest first, optionally of one note, at most {@link #MAX_ENTRIES}. */
	public List<Entry> entries(Instant from, Instant to, Long noteId, int limit) {
		int max = Math.max(1, Math.min(limit, MAX_ENTRIES));
		return readOnly.execute(status -> {
			List<Row> rows = jdbc.sql("""
					select l.id, l.accessed_at, l.account_id, l.note_id, n.runner_id, l.path, l.outcome,
					  l.grant_appointment_id, l.arranged_by
					from clinical_access_log l left join treatment_note n on n.id = l.note_id
					where l.accessed_at >= :from and l.accessed_at < :to and (:note = -1 or l.note_id = :note)
					order by l.accessed_at desc, l.id desc""")
				.param("from", TreatmentNotes.utc(from))
				.param("to", TreatmentNotes.utc(to))
				.param("note", noteId == null ? -1L : noteId)
				.withMaxRows(max)
				.query(Row::map)
				.list();
			Set<Long> ids = new HashSet<>();
			rows.forEach(row -> {
				ids.add(row.accountId());
				if (row.runnerId() != null) {
					ids.add(row.runnerId());
				}
				if (row.arrangedBy() != null) {
					ids.add(row.arrangedBy());
				}
			});
			Map<Long, AccountSummary> people = new java.util.HashMap<>();
			accounts.findAll(ids.stream().map(AccountId::of).toList()).forEach((id, account) -> people.put(id.value(), account));
			return rows.stream().map(row -> {
				AccountSummary who = people.get(row.accountId());
				AccountSummary runner = row.runnerId() == null ? null : people.get(row.runnerId());
				AccountSummary arranger = row.arrangedBy() == null ? null : people.get(row.arrangedBy());
				return new Entry(row.id(), row.at(), row.accountId(), who == null ? "" : who.name(),
						who == null ? "" : who.role().name(), row.noteId(), row.runnerId(),
						runner == null ? null : runner.name(), row.path(), row.outcome(), row.grantAppointmentId(),
						row.arrangedBy(), arranger == null ? null : arranger.name());
			}).toList();
		});
	}

	private record Row(long id, Instant at, long accountId, long noteId, Long runnerId, String path, Outcome outcome,
			Long grantAppointmentId, Long arrangedBy) {

		static Row map(ResultSet rs, int row) throws SQLException {
			return new Row(rs.getLong("id"), TreatmentNotes.instant(rs, "accessed_at"), rs.getLong("account_id"),
					rs.getLong("note_id"), rs.getObject("runner_id", Long.class), rs.getString("path"),
					Outcome.valueOf(rs.getString("outcome")), rs.getObject("grant_appointment_id", Long.class),
					rs.getObject("arranged_by", Long.class));
		}

	}

}
