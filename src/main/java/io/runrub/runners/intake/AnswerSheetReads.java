package io.runrub.runners.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a runner's answer sheet with its answers in one query. Spring Data JDBC loads the sheet and then its answers
 * (two statements); every booking asks the health answers first, so this hand-written read keeps a booking within its
 * statement budget. Writes still go through {@link AnswerSheets}.
 */
@Component
public class AnswerSheetReads {

	private final JdbcClient jdbc;

	AnswerSheetReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AnswerSheet> find(long runnerId) {
		return jdbc.sql("""
				select s.runner_id, s.version, s.notes, s.answered_at, s.confirmed_at, a.answer_sheet_key, a.answer_yes
				from answer_sheet s left join sheet_answer a on a.answer_sheet = s.runner_id
				where s.runner_id = :runner""")
			.param("runner", runnerId)
			.query((ResultSet rs) -> {
				AnswerSheet sheet = null;
				Map<String, AnswerSheet.SheetAnswer> answers = new LinkedHashMap<>();
				while (rs.next()) {
					if (sheet == null) {
						sheet = new AnswerSheet(rs.getLong("runner_id"), rs.getInt("version"), rs.getString("notes"),
								instant(rs, "answered_at"), instant(rs, "confirmed_at"), answers);
					}
					String key = rs.getString("answer_sheet_key");
					if (key != null) {
						answers.put(key, new AnswerSheet.SheetAnswer(rs.getBoolean("answer_yes")));
					}
				}
				return Optional.ofNullable(sheet);
			});
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
