package io.runrub.accounts;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up accounts for other modules. */
@Component
@Transactional(readOnly = true)
public class AccountDirectory {

	private final Accounts accounts;

	private final JdbcClient jdbc;

	AccountDirectory(Accounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * Four columns by hand: a summary is not the aggregate, and mapping the whole account through Spring Data JDBC
	 * was a tenth of the work each booking's messages do after it commits.
	 */
	public Optional<AccountSummary> find(AccountId id) {
		return jdbc.sql("select id, email, name, role from account where id = :id")
			.param("id", id.value())
			.query((rs, row) -> new AccountSummary(AccountId.of(rs.getLong("id")), rs.getString("email"),
					rs.getString("name"), Role.valueOf(rs.getString("role"))))
			.optional();
	}

	/** Whether the account exists and may sign in: what a person stopped (a therapist who left) may no longer read. */
	public boolean isActive(AccountId id) {
		return accounts.findById(id.value()).map(Account::enabled).orElse(false);
	}

	public Optional<AccountSummary> findByEmail(String email) {
		return accounts.findByEmail(Account.normalise(email)).map(Account::summary);
	}

	/**
	 * Runners whose name or email contains the text (ignoring case), by name: the front desk's search for a client.
	 * At most {@code limit}; nothing for fewer than two characters.
	 */
	public java.util.List<AccountSummary> searchRunners(String text, int limit) {
		String query = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
		if (query.length() < 2) {
			return java.util.List.of();
		}
		String like = "%" + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return accounts.searchRunners(like, limit).stream().map(Account::summary).toList();
	}

	public Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids) {
		if (ids.isEmpty()) {
			return new HashMap<>();
		}
		// the four columns by hand: Spring Data JDBC's mapping of whole accounts was 2.5% of all page CPU under the
		// load suite (JFR), for the names on a therapist's pages
		return jdbc.sql("select id, email, name, role from account where id in (:ids)")
			.param("ids", ids.stream().map(AccountId::value).distinct().toList())
			.query((rs, row) -> new AccountSummary(AccountId.of(rs.getLong("id")), rs.getString("email"),
					rs.getString("name"), Role.valueOf(rs.getString("role"))))
			.list()
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
	}

}
