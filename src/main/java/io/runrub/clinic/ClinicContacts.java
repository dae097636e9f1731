package io.runrub.clinic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's phone and email, on the clinic's one settings row (see {@link ClinicCatalog}). */
@Component
public class ClinicContacts {

	private final JdbcClient jdbc;

	private final ClinicCatalog catalog;

	private final CatalogVersion version;

	ClinicContacts(JdbcClient jdbc, ClinicCatalog catalog, CatalogVersion version) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.version = version;
	}

	/**
	 * The clinic's contact details; none before the clinic is set up. Kept with the cached catalogue (checked against
	 * its version once per request): every page's footer asked the database for them, 2% of page CPU under load.
	 */
	public ClinicContact contact() {
		return catalog.contact();
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
		// the contact is part of the cached catalogue: every instance reads it again
		version.bump();
		catalog.changed();
		return contact;
	}

}
