package io.runrub.runners;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.runners.intake.AnswerSheet;
import io.runrub.runners.intake.AnswerSheetReads;
import io.runrub.runners.intake.AnswerSheets;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health screening (product.md, SAFE-STOP and SAFE-RESTRICT): a runner answers every question, confirms at each
 * booking that the answers still hold, and booking asks here first whether massage is safe and of which kind. The
 * rules live on {@link Intake} and {@link IntakeVerdict}; this class loads, calls, saves and publishes.
 */
@Component
@Transactional
public class IntakeScreening {

	private final AnswerSheets sheets;

	private final AnswerSheetReads reads;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IntakeScreening(AnswerSheets sheets, AnswerSheetReads reads, AccountDirectory accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.sheets = sheets;
		this.reads = reads;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** The runner's answers, or empty if they have never answered. */
	@Transactional(readOnly = true)
	public Optional<Intake> find(RunnerId runnerId) {
		return reads.find(runnerId.value()).map(AnswerSheet::intake);
	}

	/**
	 * Saves the runner's answers to every question (question id → yes) and their notes for the therapist, replacing
	 * earlier answers. Answering also confirms them.
	 * @throws DomainException.RuleViolation if a question is not answered or an id is not a question
	 */
	public Intake answer(RunnerId runnerId, Map<String, Boolean> answers, String notes) {
		accounts.find(AccountId.of(runnerId.value()))
			.filter(account -> account.role() == Role.RUNNER)
			.orElseThrow(() -> DomainException.notFound("runner-not-found", runnerId.value()));
		Intake intake = Intake.answered(answers, notes, clock.instant());
		save(runnerId, intake);
		events.publishEvent(new IntakeAnswered(runnerId));
		return find(runnerId).orElseThrow();
	}

	/**
	 * The runner confirms that nothing has changed since they last answered ("anything changed since last time?").
	 * @throws DomainException.RuleViolation if they have not answered every current question
	 */
	public Intake confirmUnchanged(RunnerId runnerId) {
		Intake intake = find(runnerId).orElse(null);
		Intake.requireAnswered(intake);
		save(runnerId, intake.confirmed(clock.instant()));
		return find(runnerId).orElseThrow();
	}

	/** What the runner's current answers mean for massage. */
	@Transactional(readOnly = true)
	public IntakeVerdict verdict(RunnerId runnerId) {
		return IntakeVerdict.of(find(runnerId).orElse(null));
	}

	/**
	 * Refuses a booking the health answers do not allow, before anything is written: no (complete) answers, an
	 * answer that means no massage now, or a modality that a restriction rules out.
	 * @throws DomainException.RuleViolation with a code that says which
	 */
	@Transactional(readOnly = true)
	public void checkBeforeBooking(RunnerId runnerId, Modality modality) {
		Intake intake = find(runnerId).orElse(null);
		Intake.requireAnswered(intake);
		IntakeVerdict.of(intake).checkAllows(modality);
	}

	/**
	 * As {@link #checkBeforeBooking}, for a booking the front desk makes for a client: a client who has never answered
	 * (a new client the desk has just invited) may be booked, and answers before the visit (the therapist's day shows
	 * that they have not); answers that exist are applied exactly as for a runner's own booking.
	 */
	@Transactional(readOnly = true)
	public void checkBeforeDeskBooking(RunnerId runnerId, Modality modality) {
		Intake intake = find(runnerId).orElse(null);
		if (intake == null) {
			return;
		}
		checkBeforeBooking(runnerId, modality);
	}

	private void save(RunnerId runnerId, Intake intake) {
		try {
			sheets.save(AnswerSheet.of(runnerId.value(), intake, sheets.findById(runnerId.value()).orElse(null)));
		}
		catch (DuplicateKeyException | OptimisticLockingFailureException ex) {
			throw DomainException.conflict("intake-saved-twice");
		}
	}

}
