package io.runrub.clinic;

import java.time.Duration;
import java.time.Instant;

import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.TimeWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MassageServiceTests {

	private static final Money SIXTY_FIVE = Money.of(6500, "GBP");

	@Test
	void aValidServiceKeepsItsValuesAndLosesStraySpaces() {
		MassageService service = new MassageService(null, "  Sports massage ", Modality.SPORTS, 60, SIXTY_FIVE, 5, 15,
				true);

		assertThat(service.name()).isEqualTo("Sports massage");
		assertThat(service.price()).isEqualTo(SIXTY_FIVE);
		assertThat(service.duration()).isEqualTo(Duration.ofMinutes(60));
	}

	@Test
	void refusesAServiceWithoutAName() {
		assertThatThrownBy(() -> new MassageService(null, " ", Modality.SPORTS, 60, SIXTY_FIVE, 0, 0, true))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("service-name-missing"));
	}

	@Test
	void refusesDurationsOutsideFiveTo480Minutes() {
		assertThat(new MassageService(null, "Short", Modality.SPORTS, 5, SIXTY_FIVE, 0, 0, true).durationMinutes())
			.isEqualTo(5);
		assertThat(new MassageService(null, "Long", Modality.SPORTS, 480, SIXTY_FIVE, 0, 0, true).durationMinutes())
			.isEqualTo(480);
		for (int minutes : new int[] { 4, 481, 0, -30 }) {
			assertThatThrownBy(() -> new MassageService(null, "X", Modality.SPORTS, minutes, SIXTY_FIVE, 0, 0, true))
				.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
					assertThat(ex.code()).isEqualTo("service-duration-out-of-range");
					assertThat(ex.args()).containsExactly(5, 480);
				});
		}
	}

	@Test
	void refusesANegativePriceButAllowsAFreeOne() {
		assertThat(new MassageService(null, "Free", Modality.SPORTS, 30, Money.of(0, "GBP"), 0, 0, true).price()
			.isZero()).isTrue();
		assertThatThrownBy(
				() -> new MassageService(null, "X", Modality.SPORTS, 30, Money.of(-1, "GBP"), 0, 0, true))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("service-price-negative"));
	}

	@Test
	void refusesBuffersOutsideZeroTo120Minutes() {
		assertThatThrownBy(() -> new MassageService(null, "X", Modality.SPORTS, 30, SIXTY_FIVE, -1, 0, true))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("service-buffer-out-of-range"));
		assertThatThrownBy(() -> new MassageService(null, "X", Modality.SPORTS, 30, SIXTY_FIVE, 0, 121, true))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("service-buffer-out-of-range"));
	}

	@Test
	void itsFootprintBlocksTheTherapistForTheBuffersAroundTheAppointment() {
		MassageService service = new MassageService(ServiceId.of(1), "ART", Modality.ART, 45, SIXTY_FIVE, 5, 10, true);
		Instant start = Instant.parse("2026-03-31T10:00:00Z");

		ServiceFootprint footprint = service.footprint();

		assertThat(footprint).isEqualTo(
				new ServiceFootprint(Duration.ofMinutes(45), Duration.ofMinutes(5), Duration.ofMinutes(10)));
		assertThat(footprint.appointmentAt(start))
			.isEqualTo(new TimeWindow(start, Instant.parse("2026-03-31T10:45:00Z")));
		assertThat(footprint.blockFor(start)).isEqualTo(
				new TimeWindow(Instant.parse("2026-03-31T09:55:00Z"), Instant.parse("2026-03-31T10:55:00Z")));
	}

	@Test
	void aVisitKeepsTheLengthItWasBookedWith() {
		MassageService service = new MassageService(ServiceId.of(1), "Sports", Modality.SPORTS, 30, SIXTY_FIVE, 0, 15,
				true);

		assertThat(service.lasting(Duration.ofMinutes(60)).footprint().length()).isEqualTo(Duration.ofMinutes(60));
	}

}
