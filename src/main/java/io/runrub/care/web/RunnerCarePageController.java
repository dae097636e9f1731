package io.runrub.care.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.care.body.BodyCheckIn;
import io.runrub.care.body.BodyLog;
import io.runrub.care.homework.CheckInStatus;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.homework.MissedReason;
import io.runrub.care.insights.RunnerInsights;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import jakarta.validation.Valid;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My care": the runner's insights, homework due today with check-ins, body check-ins and trend, and feedback. */
@Controller
class RunnerCarePageController {

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	static final int TREND_WEEKS = 8;

	private final RunnerInsights insights;

	private final HomeworkAssignments homework;

	private final BodyLog body;

	private final ClinicalRecords records;

	RunnerCarePageController(RunnerInsights insights, HomeworkAssignments homework, BodyLog body,
			ClinicalRecords records, MessageSourceAccessor messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
		this.insights = insights;
		this.homework = homework;
		this.body = body;
		this.records = records;
	}

	@GetMapping("/care")
	String care(Actor actor, Model model) {
		model.addAttribute("checkInForm", CheckInForm.empty());
		model.addAttribute("bodyForm", BodyForm.of(body.today()));
		return page(actor.runnerId(), null, model);
	}

	@PostMapping("/care/homework/{id}/check-ins")
	String checkIn(Actor actor, @PathVariable long id, @Valid @ModelAttribute("checkInForm") CheckInForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				homework.checkIn(id, actor.runnerId(), form.input());
				redirect.addFlashAttribute("message", messages.getMessage("flash.care.checkIn"));
				return "redirect:/care";
			}
			catch (DomainException.RuleViolation ex) {
				reject(result, ex, CheckInForm.fieldOf(ex.code()));
			}
		}
		model.addAttribute("bodyForm", BodyForm.of(body.today()));
		return page(actor.runnerId(), id, model);
	}

	@PostMapping("/care/body-check-ins")
	String bodyCheckIn(Actor actor, @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				body.record(actor.runnerId(), form.getDate(), form.scores());
				redirect.addFlashAttribute("message", messages.getMessage("flash.care.bodyCheckIn"));
				return "redirect:/care";
			}
			catch (DomainException.RuleViolation ex) {
				reject(result, ex, BodyForm.fieldOf(ex.code()));
			}
		}
		model.addAttribute("checkInForm", CheckInForm.empty());
		return page(actor.runnerId(), null, model);
	}

	/** The page, with the forms in the model as they are (a refused one keeps its values and errors). */
	private String page(RunnerId runnerId, Long checkInFor, Model model) {
		LocalDate today = body.today();
		LocalDate from = today.minusWeeks(TREND_WEEKS).plusDays(1);
		List<BodyCheckIn> checkIns = body.between(runnerId, from, today);
		Map<BodyArea, String> charts = new LinkedHashMap<>();
		Map<BodyArea, Integer> latest = new EnumMap<>(BodyArea.class);
		BodyLog.trend(checkIns).forEach((area, scores) -> {
			charts.put(area, BodyTrendChart.svg(area.displayName(), scores, from, today));
			latest.put(area, scores.get(scores.size() - 1).score());
		});
		Object shown = model.getAttribute("bodyForm");
		Map<BodyArea, Integer> marked = shown instanceof BodyForm form ? form.scores() : Map.of();
		model.addAttribute("bodyMap", BodyMap.both(marked, BodyMap.words(messages, marked, BodyCheckIn.MAX_SCORE),
				messages, "area_"));
		model.addAttribute("insights", insights.forRunner(runnerId));
		model.addAttribute("homework", homework.current(runnerId));
		model.addAttribute("feedback", records.feedbackFor(runnerId));
		model.addAttribute("charts", charts);
		model.addAttribute("latest", latest);
		model.addAttribute("trendFrom", from);
		model.addAttribute("today", today);
		model.addAttribute("areas", BodyArea.values());
		model.addAttribute("statuses", CheckInStatus.values());
		model.addAttribute("reasons", MissedReason.values());
		model.addAttribute("checkInFor", checkInFor);
		model.addAttribute("newCheckIn", CheckInForm.empty());
		return "care/runner";
	}

	/** A refusal of the domain, shown next to the field it is about, or at the top of the form when none. */
	private void reject(BindingResult result, DomainException ex, String field) {
		if (field == null) {
			result.reject(ex.code(), refusals.detail(ex));
		}
		else {
			result.rejectValue(field, ex.code(), refusals.detail(ex));
		}
	}

}
