package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves each stored planned massage's focus areas (comma-joined), reasons (a JSON array) and alternative days
 * (comma-joined) into the child tables V40 made. Java rather than SQL because reading the JSON portably across H2 and
 * PostgreSQL is not possible in SQL.
 */
public class V41__Plan_suggestion_children_data extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, focus_areas, reasons, alternatives from plan_suggestion");
				PreparedStatement area = connection.prepareStatement(
						"insert into plan_suggestion_area (plan_suggestion, plan_suggestion_key, area) values (?, ?, ?)");
				PreparedStatement reason = connection.prepareStatement("""
						insert into plan_suggestion_reason (plan_suggestion, plan_suggestion_key, rule_id, sentence, evidence)
						values (?, ?, ?, ?, ?)""");
				PreparedStatement alternative = connection.prepareStatement("""
						insert into plan_suggestion_alternative (plan_suggestion, plan_suggestion_key, alternative_date)
						values (?, ?, ?)""")) {
			while (rows.next()) {
				long id = rows.getLong("id");
				int key = 0;
				for (String code : split(rows.getString("focus_areas"))) {
					area.setLong(1, id);
					area.setInt(2, key++);
					area.setString(3, code);
					area.addBatch();
				}
				key = 0;
				List<Map<String, Object>> reasons = json.readValue(rows.getString("reasons"),
						new TypeReference<List<Map<String, Object>>>() {
						});
				for (Map<String, Object> each : reasons) {
					reason.setLong(1, id);
					reason.setInt(2, key++);
					reason.setString(3, String.valueOf(each.get("rule")));
					reason.setString(4, String.valueOf(each.get("text")));
					reason.setString(5, String.valueOf(each.get("evidence")));
					reason.addBatch();
				}
				key = 0;
				for (String day : split(rows.getString("alternatives"))) {
					alternative.setLong(1, id);
					alternative.setInt(2, key++);
					alternative.setObject(3, java.time.LocalDate.parse(day));
					alternative.addBatch();
				}
			}
			area.executeBatch();
			reason.executeBatch();
			alternative.executeBatch();
		}
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isBlank() ? List.of()
				: java.util.Arrays.stream(joined.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
	}

}
