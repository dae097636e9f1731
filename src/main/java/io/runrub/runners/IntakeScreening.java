package io.runrub.runners;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.Role;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health screening (product.md, SAFE-STOP and SAFE-RESTRICT): a runner answers every question, confirms at each
 * booking that the answers still hold, and booking asks here first whether massage is safe and of which kind.
 */
@Component
@Transactional
public class IntakeScreening {

	static final int MAX_NOTES = 2000;

	static final String NOT_ANSWERED = "Answer the health questions before booking.";

	private final Intakes intakes;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IntakeScreening(Intakes intakes, AccountDirectory accounts, ApplicationEventPublisher events, Clock clock) {
		this.intakes = intakes;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** The runner's answers, or empty if they have never answered. */
	@Transactional(readOnly = true)
	public Optional<Intake> find(long runnerId) {
		return intakes.find(runnerId);
	}

	/**
	 * Saves the runner's answers to every question (question id → yes) and their notes for the therapist, replacing
	 * earlier answers. Answering also confirms them.
	 * @throws DomainException.RuleViolation if a question is not answered or an id is not a question
	 */
	public Intake answer(long runnerId, Map<String, Boolean> answers, String notes) {
		accounts.find(AccountId.of(runnerId))
			.filter(account -> account.role() == Role.RUNNER)
			.orElseThrow(() -> new DomainException.NotFound("There is no runner with id " + runnerId + "."));
		Map<String, Boolean> given = answers == null ? Map.of() : answers;
		TreeSet<String> unknown = new TreeSet<>();
		for (String id : given.keySet()) {
			if (id == null || IntakeQuestions.byId(id).isEmpty()) {
				unknown.add(String.valueOf(id));
			}
		}
		if (!unknown.isEmpty()) {
			throw new DomainException.RuleViolation("Unknown health question",
					unknown.stream().map(id -> "“" + id + "”").collect(Collectors.joining(", "))
							+ (unknown.size() == 1 ? " is not one of the health questions." : " are not health questions.")
							+ " Use the ids of GET /api/v1/intake/questions.");
		}
		Map<String, Boolean> complete = new LinkedHashMap<>();
		List<IntakeQuestion> missing = new ArrayList<>();
		for (IntakeQuestion question : IntakeQuestions.all()) {
			Boolean yes = given.get(question.id());
			if (yes == null) {
				missing.add(question);
			}
			else {
				complete.put(question.id(), yes);
			}
		}
		if (!missing.isEmpty()) {
			throw new DomainException.RuleViolation("Health questions not answered",
					"Answer every health question with yes or no. Not answered yet: "
							+ missing.stream().map(q -> "“" + q.text() + "”").collect(Collectors.joining(" ")));
		}
		String text = notes == null || notes.isBlank() ? null : notes.strip();
		if (text != null && text.length() > MAX_NOTES) {
			throw new DomainException.RuleViolation("Notes too long",
					"Your notes can have at most %,d characters.".formatted(MAX_NOTES));
		}
		Instant now = clock.instant();
		try {
			intakes.save(runnerId, new Intake(complete, text, now, now));
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException.Conflict("Saved twice at once",
					"Your health answers were being saved twice at the same time. Please check them and save again.");
		}
		events.publishEvent(new IntakeAnswered(runnerId));
		return intakes.find(runnerId).orElseThrow();
	}

	/**
	 * The runner confirms that nothing has changed since they last answered ("anything changed since last time?").
	 * @throws DomainException.RuleViolation if they have not answered every current question
	 */
	public Intake confirmUnchanged(long runnerId) {
		Optional<Intake> found = intakes.find(runnerId);
		if (found.isEmpty() || !IntakeVerdict.of(found.get()).answered()) {
			throw notAnswered(found.isPresent());
		}
		intakes.confirm(runnerId, clock.instant());
		return intakes.find(runnerId).orElseThrow();
	}

	/** What the runner's current answers mean for massage. */
	@Transactional(readOnly = true)
	public IntakeVerdict verdict(long runnerId) {
		return IntakeVerdict.of(intakes.find(runnerId).orElse(null));
	}

	/**
	 * Refuses a booking the health answers do not allow, before anything is written: no (complete) answers, an
	 * answer that means no massage now, or a modality that a restriction rules out.
	 * @throws DomainException.RuleViolation with a message for the runner
	 */
	@Transactional(readOnly = true)
	public void checkBeforeBooking(long runnerId, Modality modality) {
		Optional<Intake> intake = intakes.find(runnerId);
		IntakeVerdict verdict = IntakeVerdict.of(intake.orElse(null));
		if (!verdict.answered()) {
			throw notAnswered(intake.isPresent());
		}
		if (verdict.blocksMassage()) {
			throw new DomainException.RuleViolation("Massage not advised now", verdict.advice());
		}
		if (!verdict.allows(modality)) {
			throw new DomainException.RuleViolation("Not with your health answers",
					"%s is not suitable with your health answers. %s Choose a Swedish or sports massage instead."
						.formatted(modality.displayName(), verdict.advice()));
		}
	}

	private static DomainException.RuleViolation notAnswered(boolean earlierAnswers) {
		return new DomainException.RuleViolation("Health questions not answered", earlierAnswers
				? NOT_ANSWERED + " There are new questions since you last answered them."
				: NOT_ANSWERED + " They take a minute and tell your therapist whether massage is safe for you.");
	}

}
