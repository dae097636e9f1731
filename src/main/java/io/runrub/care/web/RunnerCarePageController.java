package io.runrub.care.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.RunRubUser;
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

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My care": the runner's insights, homework due today with check-ins, body check-ins and trend, and feedback. */
@Controller
class RunnerCarePageController {

	private final MessageSource messages;

	private final Refusals refusals;

	static final int TREND_WEEKS = 8;

	private final RunnerInsights insights;

	private final HomeworkAssignments homework;

	private final BodyLog body;

	private final ClinicalRecords records;

	RunnerCarePageController(RunnerInsights insights, HomeworkAssignments homework, BodyLog body,
			ClinicalRecords records, MessageSource messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
		this.insights = insights;
		this.homework = homework;
		this.body = body;
		this.records = records;
	}

	@GetMapping("/care")
	String care(@AuthenticationPrincipal RunRubUser user, Model model) {
		long runnerId = user.accountId();
		LocalDate today = body.today();
		LocalDate from = today.minusWeeks(TREND_WEEKS).plusDays(1);
		List<BodyCheckIn> checkIns = body.between(runnerId, from, today);
		Map<BodyArea, String> charts = new LinkedHashMap<>();
		Map<BodyArea, Integer> latest = new EnumMap<>(BodyArea.class);
		BodyLog.trend(checkIns).forEach((area, scores) -> {
			charts.put(area, BodyTrendChart.svg(area.displayName(), scores, from, today));
			latest.put(area, scores.get(scores.size() - 1).score());
		});
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
		return "care/runner";
	}

	@PostMapping("/care/homework/{id}/check-ins")
	String checkIn(@AuthenticationPrincipal RunRubUser user, @PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String minutes,
			@RequestParam(required = false) String change, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		try {
			CheckInStatus how = parse(CheckInStatus.class, status, "Say whether you did it.");
			MissedReason why = how == CheckInStatus.DONE || reason == null || reason.isBlank() ? null
					: parse(MissedReason.class, reason, "Choose why.");
			homework.checkIn(id, user.accountId(), new HomeworkAssignments.CheckInInput(null, how, why,
					number(minutes, "minutes"), number(change, "what changed"), text));
			redirect.addFlashAttribute("message", text("flash.care.checkIn"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/care";
	}

	@PostMapping("/care/body-check-ins")
	String bodyCheckIn(@AuthenticationPrincipal RunRubUser user, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		try {
			Map<BodyArea, Integer> scores = new EnumMap<>(BodyArea.class);
			for (BodyArea area : BodyArea.values()) {
				Integer score = number(params.get("area_" + area.name()), area.displayName());
				if (score != null) {
					scores.put(area, score);
				}
			}
			String date = params.get("date");
			body.record(user.accountId(), date == null || date.isBlank() ? null : LocalDate.parse(date), scores);
			redirect.addFlashAttribute("message", text("flash.care.bodyCheckIn"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		catch (java.time.format.DateTimeParseException ex) {
			redirect.addFlashAttribute("error", text("flash.care.badDate", body.today().toString()));
		}
		return "redirect:/care";
	}

	private static Integer number(String value, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.refused("care-not-a-number", what);
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String message) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.refused("care-answer-missing", message);
		}
	}

	/** A confirmation for the page, from messages.properties. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
