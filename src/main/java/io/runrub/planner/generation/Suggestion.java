package io.runrub.planner.generation;

import java.time.LocalDate;
import java.util.List;

import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.planner.rules.Adjustment;
import io.runrub.planner.rules.BudgetKeepsWhatItCanPay;
import io.runrub.planner.rules.Reason;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;

/**
 * One massage of the plan, with the reasons for what it finally is (its day, type, pressure, length, therapist) and,
 * apart from them, what was considered and changed on the way.
 * @param reasons only reasons for what it is: none argues for another kind of massage or another pressure
 * @param alternatives other days its rules allow, best first, for booking when the day itself is full
 * @param adjustments what was considered and changed, and why ("We chose a 30-minute sports massage instead of deep
 * tissue massage: your budget for April.")
 */
public record Suggestion(LocalDate date, Kind kind, Modality modality, Pressure pressure, int durationMinutes,
		ServiceId serviceId, Money price, List<BodyArea> focusAreas, TherapistId therapistId, List<Reason> reasons,
		List<LocalDate> alternatives, List<Adjustment> adjustments) {

	public Suggestion {
		reasons = List.copyOf(reasons);
		adjustments = List.copyOf(adjustments);
	}

	/** A suggestion nothing was changed on. */
	public Suggestion(LocalDate date, Kind kind, Modality modality, Pressure pressure, int durationMinutes,
			ServiceId serviceId, Money price, List<BodyArea> focusAreas, TherapistId therapistId, List<Reason> reasons,
			List<LocalDate> alternatives) {
		this(date, kind, modality, pressure, durationMinutes, serviceId, price, focusAreas, therapistId, reasons,
				alternatives, List.of());
	}

	public enum Kind {

		/** The light massage two to three days before an A or B race. */
		BEFORE_RACE(4),
		/** A movement assessment when pain recurs or homework does not help. */
		ASSESSMENT(3),
		/** Recovery one to two days after an A race. */
		AFTER_RACE(2),
		/** Regular massage through the training block. */
		REGULAR(1);

		private final int priority;

		Kind(int priority) {
			this.priority = priority;
		}

		public int priority() {
			return priority;
		}

	}

	public boolean isDeep() {
		return modality.isDeep();
	}

	Suggestion withService(BudgetKeepsWhatItCanPay.Priced service) {
		return new Suggestion(date, kind, modality, pressure, service.minutes(), ServiceId.of(service.serviceId()),
				service.price(), focusAreas, therapistId, reasons, alternatives, adjustments);
	}

	Suggestion withReasons(List<Reason> newReasons) {
		return new Suggestion(date, kind, modality, pressure, durationMinutes, serviceId, price, focusAreas,
				therapistId, List.copyOf(newReasons), alternatives, adjustments);
	}

	Suggestion withAdjustment(Adjustment adjustment) {
		List<Adjustment> more = new java.util.ArrayList<>(adjustments);
		more.add(adjustment);
		return new Suggestion(date, kind, modality, pressure, durationMinutes, serviceId, price, focusAreas,
				therapistId, reasons, alternatives, more);
	}

}
