package io.runrub.ledger.statement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.runrub.reports.spi.PackageSales;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the revenue report adds after the services: the packages sold in a range (a purchase online or at the desk
 * gives the runner one {@code package_credit} row), each at its package's price. A package is never edited once
 * defined, so its price is what each purchase was charged. One set-based read, however many purchases.
 */
@Component
class PackageRevenue implements PackageSales {

	private final JdbcClient jdbc;

	PackageRevenue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Sold> sold(Instant from, Instant to) {
		return jdbc.sql("""
				select p.id, p.name, count(*), sum(p.price_cents)
				from package_credit c join ledger_package p on p.id = c.package_id
				where c.purchased_at >= :from and c.purchased_at < :to
				group by p.id, p.name
				order by sum(p.price_cents) desc, p.name""")
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Sold(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

}
