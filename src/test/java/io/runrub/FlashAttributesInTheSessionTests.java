package io.runrub;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.runrub.accounts.ApiTokens;
import io.runrub.planner.plan.PlanBooking;
import io.runrub.shared.Modality;
import io.runrub.training.ImportReport;
import org.junit.jupiter.api.Test;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the database (Spring Session JDBC), and a flash attribute — what a page shows once after a redirect
 * — is kept in the session between the two requests, so it is serialized the way Spring Session does it. Every
 * non-text value a page puts there must survive the trip, or the redirect after the action fails with a 500.
 */
class FlashAttributesInTheSessionTests {

	private final SerializingConverter serialize = new SerializingConverter();

	private final DeserializingConverter deserialize = new DeserializingConverter();

	@Test
	void everyValueAPageKeepsForItsRedirectSurvivesTheSessionStore() {
		List<Object> flashed = List.of(
				new ApiTokens.IssuedToken(7, "Laptop", Instant.parse("2026-05-01T08:00:00Z"), "rr_secret"),
				List.of(new ImportReport("run.gpx", ImportReport.Status.IMPORTED, 1, 0, "Imported", null)),
				List.of(new PlanBooking.Unplaced(LocalDate.of(2026, 5, 4), Modality.SPORTS, "No free therapist")),
				List.of(new PlanBooking.Later(LocalDate.of(2026, 7, 4), Modality.SPORTS, LocalDate.of(2026, 6, 4))));

		for (Object value : flashed) {
			assertThat(deserialize.convert(serialize.convert(value))).isEqualTo(value);
		}
	}

}
