package io.runrub.runners;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/**
 * What a runner's health answers mean for massage. {@code answered} is true when every current question has an
 * answer; {@code stops} and {@code restrictions} are the questions answered "yes", in the order of
 * {@link IntakeQuestions#all()}.
 * <ul>
 * <li>Any stop (SAFE-STOP): no massage of any kind now; seek medical advice.</li>
 * <li>Any restriction (SAFE-RESTRICT): light pressure only, no deep tissue massage or Active Release Technique, the
 * affected areas avoided, a clinician's OK where needed.</li>
 * </ul>
 * An unanswered verdict neither blocks nor restricts by itself: booking refuses it separately (see
 * {@link IntakeScreening#checkBeforeBooking}), and a planner should ask for answers rather than plan around them.
 */
public record IntakeVerdict(boolean answered, List<IntakeQuestion> stops, List<IntakeQuestion> restrictions) {

	/** The modalities a restriction rules out: both use deliberate deep pressure. */
	public static final Set<Modality> NOT_WHEN_RESTRICTED = Set.of(Modality.DEEP_TISSUE, Modality.ART);

	/** Questions whose "yes" may need emergency care rather than an appointment. */
	private static final Set<String> URGENT = Set.of("BLOOD_CLOT", "CHEST_PAIN");

	public IntakeVerdict {
		stops = stops == null ? List.of() : List.copyOf(stops);
		restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
	}

	/** The verdict of a runner who has not answered the health questions. */
	public static IntakeVerdict unanswered() {
		return new IntakeVerdict(false, List.of(), List.of());
	}

	/** The verdict on these answers (null: none yet), against the current questions. */
	public static IntakeVerdict of(Intake intake) {
		if (intake == null) {
			return unanswered();
		}
		boolean complete = true;
		List<IntakeQuestion> stops = new ArrayList<>();
		List<IntakeQuestion> restrictions = new ArrayList<>();
		for (IntakeQuestion question : IntakeQuestions.all()) {
			Boolean yes = intake.answer(question.id());
			if (yes == null) {
				complete = false;
			}
			else if (yes) {
				(question.tier() == IntakeTier.STOP ? stops : restrictions).add(question);
			}
		}
		return new IntakeVerdict(complete, stops, restrictions);
	}

	/** Answered, and a "yes" that means no massage now. */
	public boolean blocksMassage() {
		return answered && !stops.isEmpty();
	}

	/** Answered, and a "yes" that means massage only with restrictions. */
	public boolean restricted() {
		return answered && !restrictions.isEmpty();
	}

	/**
	 * The most pressure the answers allow: LIGHT when restricted, otherwise DEEP (the runner's own tolerance may cap it
	 * further). When the answers block massage it is LIGHT too, so that nothing reading only this value plans deep work.
	 */
	public Pressure maxPressure() {
		return restricted() || blocksMassage() ? Pressure.LIGHT : Pressure.DEEP;
	}

	/** Whether the answers allow this modality: nothing when they block massage; no deep work when restricted. */
	public boolean allows(Modality modality) {
		if (blocksMassage()) {
			return false;
		}
		return !(restricted() && NOT_WHEN_RESTRICTED.contains(modality));
	}

	/**
	 * Refuses a massage of this modality when the answers do not allow it.
	 * @throws DomainException.RuleViolation {@code massage-not-advised} or {@code modality-not-with-health-answers}
	 */
	public void checkAllows(Modality modality) {
		if (blocksMassage()) {
			throw DomainException.refused("massage-not-advised", advice());
		}
		if (!allows(modality)) {
			throw DomainException.refused("modality-not-with-health-answers", modality.displayName(), advice());
		}
	}

	/** What the runner should do, in plain words. */
	public String advice() {
		if (!answered) {
			return "Answer the health questions before booking, so that your therapist knows whether massage is safe "
					+ "for you and how to adapt it.";
		}
		if (blocksMassage()) {
			String urgent = stops.stream().anyMatch(q -> URGENT.contains(q.id()))
					? " If you have chest pain, sudden breathlessness or a painful, swollen calf, get urgent medical "
							+ "help now (call 999 or 112)."
					: "";
			return "Please don't book a massage now: you answered yes to " + quoted(stops)
					+ ". Please seek medical advice first: see your doctor, or call NHS 111 in the UK or your local "
					+ "health advice line." + urgent
					+ " When a doctor says massage is safe for you again, update your health answers and book.";
		}
		if (restricted()) {
			return "Your therapist will keep to light pressure and avoid deep tissue massage, Active Release Technique "
					+ "and any area that is affected, because you answered yes to " + quoted(restrictions)
					+ ". Please check with your doctor where needed (for example during pregnancy, cancer treatment or "
					+ "after an operation) and tell your therapist at the start of the session.";
		}
		return "Nothing in your health answers stops or limits massage. If anything changes, update your answers "
				+ "before your next booking.";
	}

	private static String quoted(List<IntakeQuestion> questions) {
		return questions.stream().map(q -> "“" + q.text() + "”").collect(Collectors.joining(", "));
	}

}
