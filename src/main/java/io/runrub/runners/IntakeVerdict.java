package io.runrub.runners;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

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

	/**
	 * What the runner should do, in plain words: the answers said as sentences about the runner ("Because you take
	 * blood thinners or have a bleeding disorder, …", keys {@code planner.health.<question id>}), never the question's
	 * own text pasted in. The words are in messages.properties ({@code intake.advice.*}).
	 */
	public String advice() {
		if (!answered) {
			return text("intake.advice.unanswered");
		}
		if (blocksMassage()) {
			String urgent = stops.stream().anyMatch(q -> URGENT.contains(q.id())) ? " " + text("intake.advice.urgent")
					: "";
			return text("intake.advice.stop", clause(stops)) + urgent + " " + text("intake.advice.stop.after");
		}
		if (restricted()) {
			return text("intake.advice.restricted", clause(restrictions));
		}
		return text("intake.advice.none");
	}

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private static String text(String key, Object... args) {
		String pattern = BUNDLE.getString(key);
		return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.UK).format(args);
	}

	/** "you are pregnant and you have varicose veins": the answers as one clause about the runner. */
	static String clause(List<IntakeQuestion> questions) {
		List<String> clauses = questions.stream()
			.map(q -> BUNDLE.containsKey("planner.health." + q.id()) ? text("planner.health." + q.id())
					: text("planner.health.unknown"))
			.distinct()
			.toList();
		if (clauses.size() == 1) {
			return clauses.get(0);
		}
		return text("planner.list.and", String.join(", ", clauses.subList(0, clauses.size() - 1)),
				clauses.get(clauses.size() - 1));
	}

}
