package io.runrub.reports.spi;

import java.time.Instant;
import java.util.List;

/**
 * The seam for package revenue: the module that sells packages (five massages for a price) provides a bean of this
 * type and the revenue report adds its lines after the services'. Without one, the report shows services only.
 */
public interface PackageSales {

	/** Sales of each package in [from, to), amounts in the clinic's minor units. */
	List<Sold> sold(Instant from, Instant to);

	/** One package's sales: how many were sold and for how much in all. */
	record Sold(long packageId, String name, long count, long amountCents) {
	}

	PackageSales NONE = (from, to) -> List.of();

}
