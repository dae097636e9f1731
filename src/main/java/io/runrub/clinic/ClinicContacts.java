package io.runrub.clinic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's phone and email, on the clinic's one settings row (see {@link ClinicCatalog}). */
@Component
public class ClinicContacts {

	private final JdbcClient jdbc;

	ClinicContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The clinic's contact details; none before the clinic is set up. */
	@Transactional(readOnly = true)
	public ClinicContact contact() {
		return jdbc.sql("select phone, email from clinic where id = 1")
			.query((rs, row) -> new ClinicContact(rs.getString("phone"), rs.getString("email")))
			.optional()
			.orElse(ClinicContact.NONE);
	}

	/**
	 * Sets the clinic's phone and email.
	 * @throws io.runrub.shared.DomainException.RuleViolation {@code clinic-not-set-up} before the clinic has its
	 * details
	 */
	@Transactional
	public ClinicContact update(ClinicContact contact) {
		int updated = jdbc.sql("update clinic set phone = :phone, email = :email where id = 1")
			.param("phone", contact.phone())
			.param("email", contact.email())
			.update();
		if (updated == 0) {
			throw io.runrub.shared.DomainException.refused("clinic-not-set-up");
		}
		return contact;
	}

}
