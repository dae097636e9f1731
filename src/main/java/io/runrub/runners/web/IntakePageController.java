package io.runrub.runners.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.Actor;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.runners.Intake;
import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeQuestions;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeTier;
import io.runrub.runners.IntakeVerdict;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The health questions page: every question as yes or no, with what a yes means. After saving, a runner goes on to
 * {@code next} (a path on this site, e.g. the booking they were making), unless an answer means no massage now: then
 * they stay here and read why.
 */
@Controller
class IntakePageController {

	static final String YES = "yes";

	static final String NO = "no";

	private final IntakeScreening screening;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	IntakePageController(IntakeScreening screening, ClinicCatalog catalog, MessageSourceAccessor messages,
			Refusals refusals) {
		this.screening = screening;
		this.catalog = catalog;
		this.messages = messages;
		this.refusals = refusals;
	}

	/** A question as the page shows it, with the answer given ("yes", "no" or "") and whether it is missing. */
	record QuestionRow(IntakeQuestion question, String answer, boolean missing) {
	}

	/** The questions of one tier: a "yes" to a STOP question means no massage now. */
	record QuestionGroup(boolean stop, List<QuestionRow> rows) {
	}

	@GetMapping("/intake")
	String intake(Actor actor, @RequestParam(required = false) String next,
			Model model) {
		Optional<Intake> intake = screening.find(actor.runnerId());
		Map<String, String> answers = new LinkedHashMap<>();
		intake.ifPresent(found -> found.answers().forEach((id, yes) -> answers.put(id, yes ? YES : NO)));
		return page(intake, answers, intake.map(Intake::notes).orElse(""), next, false, model);
	}

	@PostMapping("/intake")
	String answer(Actor actor, @RequestParam Map<String, String> params,
			RedirectAttributes redirect, Model model) {
		String next = params.get("next");
		String notes = params.getOrDefault("notes", "");
		Map<String, String> given = new LinkedHashMap<>();
		Map<String, Boolean> answers = new LinkedHashMap<>();
		for (IntakeQuestion question : IntakeQuestions.all()) {
			String value = params.getOrDefault(question.id(), "");
			given.put(question.id(), value);
			if (YES.equals(value) || NO.equals(value)) {
				answers.put(question.id(), YES.equals(value));
			}
		}
		int missing = IntakeQuestions.all().size() - answers.size();
		Optional<Intake> before = screening.find(actor.runnerId());
		if (missing > 0) {
			model.addAttribute("error", text("runners.intake.error.unanswered", missing));
			return page(before, given, notes, next, true, model);
		}
		IntakeVerdict verdict;
		try {
			verdict = IntakeVerdict.of(screening.answer(actor.runnerId(), answers, notes));
		}
		catch (DomainException.RuleViolation ex) {
			model.addAttribute("error", refusals.detail(ex));
			return page(before, given, notes, next, true, model);
		}
		Optional<String> then = NextPage.of(next);
		if (verdict.blocksMassage() || then.isEmpty()) {
			// this page says what the answers mean; with a "stop" answer there is no booking to go on to
			redirect.addFlashAttribute("message", text("runners.intake.saved"));
			return "redirect:/intake";
		}
		redirect.addFlashAttribute("message", verdict.restricted()
				? text("runners.intake.saved") + " " + verdict.advice() : text("runners.intake.saved"));
		return "redirect:" + then.get();
	}

	private String page(Optional<Intake> intake, Map<String, String> answers, String notes, String next,
			boolean showMissing, Model model) {
		ZoneId zone = catalog.zone();
		model.addAttribute("groups", List.of(new QuestionGroup(true, rows(IntakeTier.STOP, answers, showMissing)),
				new QuestionGroup(false, rows(IntakeTier.RESTRICT, answers, showMissing))));
		model.addAttribute("notes", notes == null ? "" : notes);
		model.addAttribute("next", NextPage.of(next).orElse(null));
		model.addAttribute("answeredAt", intake.map(found -> found.answeredAt().atZone(zone)).orElse(null));
		model.addAttribute("confirmedAt", intake.map(found -> found.confirmedAt().atZone(zone)).orElse(null));
		model.addAttribute("verdict", IntakeVerdict.of(intake.orElse(null)));
		return "runners/intake";
	}

	private static List<QuestionRow> rows(IntakeTier tier, Map<String, String> answers, boolean showMissing) {
		return IntakeQuestions.all()
			.stream()
			.filter(question -> question.tier() == tier)
			.map(question -> {
				String answer = answers.getOrDefault(question.id(), "");
				return new QuestionRow(question, answer, showMissing && !YES.equals(answer) && !NO.equals(answer));
			})
			.toList();
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments);
	}

}
