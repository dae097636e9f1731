package io.runrub.runners.web;

import java.time.ZoneId;
import java.util.List;
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
import jakarta.validation.Valid;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The health questions page: every question as yes or no, with what a yes means. After saving, a runner goes on to
 * {@code next} (a path on this site, e.g. the booking they were making), unless an answer means no massage now: then
 * they stay here and read why. A question left unanswered is marked where it is asked, with every other error of
 * the form; nothing is saved until all are answered.
 */
@Controller
class IntakePageController {

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

	/** The questions of one tier: a "yes" to a STOP question means no massage now. */
	record QuestionGroup(boolean stop, List<IntakeQuestion> questions) {
	}

	@GetMapping("/intake")
	String intake(Actor actor, @RequestParam(required = false) String next, Model model) {
		Optional<Intake> intake = screening.find(actor.runnerId());
		model.addAttribute("intakeForm", IntakeForm.of(intake.orElse(null), next));
		return page(intake, next, model);
	}

	@PostMapping("/intake")
	String answer(Actor actor, @Valid @ModelAttribute("intakeForm") IntakeForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		String next = form == null ? null : form.next();
		if (form != null) {
			form.validateAnswers(result);
		}
		Optional<Intake> before = screening.find(actor.runnerId());
		if (result.hasErrors()) {
			return page(before, next, model);
		}
		IntakeVerdict verdict;
		try {
			verdict = IntakeVerdict.of(screening.answer(actor.runnerId(), form.yesOrNo(), form.notes()));
		}
		catch (DomainException.RuleViolation ex) {
			if ("intake-notes-too-long".equals(ex.code())) {
				result.rejectValue("notes", "problem." + ex.code(), refusals.detail(ex));
			}
			else {
				result.reject("problem." + ex.code(), refusals.detail(ex));
			}
			return page(before, next, model);
		}
		Optional<String> then = NextPage.of(next);
		String saved = messages.getMessage("runners.intake.saved");
		if (verdict.blocksMassage() || then.isEmpty()) {
			// this page says what the answers mean; with a "stop" answer there is no booking to go on to
			redirect.addFlashAttribute("message", saved);
			return "redirect:/intake";
		}
		redirect.addFlashAttribute("message", verdict.restricted() ? saved + " " + verdict.advice() : saved);
		return "redirect:" + then.get();
	}

	private String page(Optional<Intake> intake, String next, Model model) {
		ZoneId zone = catalog.zone();
		model.addAttribute("groups", List.of(new QuestionGroup(true, questions(IntakeTier.STOP)),
				new QuestionGroup(false, questions(IntakeTier.RESTRICT))));
		model.addAttribute("next", NextPage.of(next).orElse(null));
		model.addAttribute("answeredAt", intake.map(found -> found.answeredAt().atZone(zone)).orElse(null));
		model.addAttribute("confirmedAt", intake.map(found -> found.confirmedAt().atZone(zone)).orElse(null));
		model.addAttribute("verdict", IntakeVerdict.of(intake.orElse(null)));
		return "runners/intake";
	}

	private static List<IntakeQuestion> questions(IntakeTier tier) {
		return IntakeQuestions.all().stream().filter(question -> question.tier() == tier).toList();
	}

}
