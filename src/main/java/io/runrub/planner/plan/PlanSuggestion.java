package io.runrub.planner.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.rules.Adjustment;
import io.runrub.planner.rules.EvidenceGrade;
import io.runrub.planner.rules.Reason;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A planned massage as it is stored: the aggregate root and its focus areas, reasons, alternative days and adjustments (each list
 * in its order), saved and loaded whole by Spring Data JDBC. Ids are plain numbers here; the rest of the planner sees
 * {@link PlannedMassage}. The price is kept in minor units of the clinic's currency, as the clinic keeps its prices.
 */
record PlanSuggestion(@Id Long id, long runnerId, LocalDate suggestionDate, Suggestion.Kind kind, Modality modality,
		Pressure pressure, int durationMinutes, long serviceId, int priceCents, Long therapistId, Long appointmentId,
		String flag, LocalDate proposedDate, Instant proposedStart, PlannedMassage.Status status,
		Long proposedTherapistId, Instant createdAt,
		@MappedCollection List<PlanSuggestionArea> focusAreas, @MappedCollection List<PlanSuggestionReason> reasons,
		@MappedCollection List<PlanSuggestionAlternative> alternatives,
		@MappedCollection List<PlanSuggestionAdjustment> adjustments) {

	PlanSuggestion {
		adjustments = adjustments == null ? List.of() : adjustments;
	}

	record PlanSuggestionArea(BodyArea area) {
	}

	/** A reason and what it argues for, as comma-separated codes (empty: no kind of massage, no pressure). */
	record PlanSuggestionReason(String ruleId, String sentence, EvidenceGrade evidence, String arguesForModalities,
			String arguesForPressures) {

		static PlanSuggestionReason of(Reason reason) {
			return new PlanSuggestionReason(reason.rule(), reason.text(), reason.evidence(), codes(reason.modalities()),
					codes(reason.pressures()));
		}

		Reason reason() {
			return new Reason(ruleId, sentence, evidence, parse(arguesForModalities, Modality.class),
					parse(arguesForPressures, Pressure.class));
		}

		private static String codes(Set<? extends Enum<?>> values) {
			return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		}

		private static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
			if (codes == null || codes.isBlank()) {
				return Set.of();
			}
			return Arrays.stream(codes.split(",")).map(code -> Enum.valueOf(type, code)).collect(Collectors.toSet());
		}

	}

	record PlanSuggestionAlternative(LocalDate alternativeDate) {
	}

	/** What was considered and changed for the suggestion (V73). */
	record PlanSuggestionAdjustment(String ruleId, String sentence) {
	}

	static PlanSuggestion of(PlannedMassage massage, Instant createdAt) {
		return new PlanSuggestion(massage.id(), massage.runnerId().value(), massage.date(), massage.kind(),
				massage.modality(), massage.pressure(), massage.durationMinutes(), massage.serviceId().value(),
				Math.toIntExact(massage.price().minorUnits()), massage.therapistId() == null ? null : massage.therapistId().value(),
				massage.appointmentId() == null ? null : massage.appointmentId().value(), massage.flag(),
				massage.proposedDate(), massage.proposedStart(), massage.status(),
				massage.proposedTherapistId() == null ? null : massage.proposedTherapistId().value(), createdAt,
				massage.focusAreas().stream().map(PlanSuggestionArea::new).toList(),
				massage.reasons().stream().map(PlanSuggestionReason::of).toList(),
				massage.alternatives().stream().map(PlanSuggestionAlternative::new).toList(),
				massage.adjustments()
					.stream()
					.map(adjustment -> new PlanSuggestionAdjustment(adjustment.rule(), adjustment.text()))
					.toList());
	}

	/** The massage as the planner sees it, its price in the clinic's currency. */
	PlannedMassage massage(Currency currency) {
		return new PlannedMassage(id, RunnerId.of(runnerId), suggestionDate, kind, modality, pressure,
				durationMinutes, ServiceId.of(serviceId), new Money(priceCents, currency),
				focusAreas.stream().map(PlanSuggestionArea::area).toList(),
				therapistId == null ? null : TherapistId.of(therapistId),
				reasons.stream().map(PlanSuggestionReason::reason).toList(),
				alternatives.stream().map(PlanSuggestionAlternative::alternativeDate).toList(),
				appointmentId == null ? null : AppointmentId.of(appointmentId), flag, proposedDate, proposedStart, status,
				proposedTherapistId == null ? null : TherapistId.of(proposedTherapistId),
				adjustments.stream().map(adjustment -> new Adjustment(adjustment.ruleId(), adjustment.sentence())).toList());
	}

}
