package io.runrub.runners.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.Actor;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Pressure;
import io.runrub.shared.web.Refusals;
import jakarta.validation.Valid;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runner's profile page: training days, level, pressure tolerance, goals, budget, preferred therapist and a
 * complaints editor. What cannot be read or what the rules refuse shows the page again with what was typed and every
 * error next to its field; nothing is saved.
 */
@Controller
class ProfilePageController {

	/** Refusals of the profile that belong to one field of the form rather than to the whole of it. */
	private static final Map<String, String> FIELD_OF_REFUSAL = Map.of("budget-too-high", "monthlyBudget",
			"budget-negative", "monthlyBudget", "therapist-unknown", "preferredTherapistId",
			"therapist-not-taking-bookings", "preferredTherapistId", "training-days-out-of-range",
			"trainingDaysPerWeek", "preferred-minutes-invalid", "preferredMinutes", "avoided-therapist-preferred",
			"avoidTherapistIds", "avoided-therapist-unknown", "avoidTherapistIds");

	private final ProfileKeeping profiles;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	ProfilePageController(ProfileKeeping profiles, ClinicCatalog catalog, MessageSourceAccessor messages,
			Refusals refusals) {
		this.profiles = profiles;
		this.catalog = catalog;
		this.messages = messages;
		this.refusals = refusals;
	}

	@GetMapping("/profile")
	String profile(Actor actor, Model model) {
		Optional<RunnerProfile> saved = profiles.find(actor.runnerId());
		ProfileForm form = saved.map(ProfileForm::of).orElseGet(ProfileForm::empty);
		model.addAttribute("profileForm", form);
		model.addAttribute("rows", form.complaints().size());
		model.addAttribute("filledRows",
				java.util.stream.IntStream.range(0, form.complaints().size())
					.filter(i -> !form.complaints().get(i).isBlank())
					.boxed()
					.toList());
		return page(saved.isEmpty(), model);
	}

	@PostMapping("/profile")
	String save(Actor actor, @Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (form != null) {
			form.validateRows(result);
			form.validateWeek(result);
		}
		if (!result.hasErrors()) {
			try {
				profiles.save(actor.runnerId(), form.profile(catalog.clinic().currency()));
				redirect.addFlashAttribute("message", messages.getMessage("runners.profile.saved"));
				return "redirect:/profile";
			}
			catch (DomainException.RuleViolation | DomainException.Conflict ex) {
				String field = FIELD_OF_REFUSAL.get(ex.code());
				if (field != null) {
					result.rejectValue(field, "problem." + ex.code(), refusals.detail(ex));
				}
				else {
					result.reject("problem." + ex.code(), refusals.detail(ex));
				}
			}
		}
		rowsAsSent(result, model);
		return page(profiles.find(actor.runnerId()).isEmpty(), model);
	}

	/**
	 * The complaint rows as they were sent (a browser sends the empty rows too), read from the binding result: when a
	 * value could not be converted there is no form object, only what was typed.
	 */
	private static void rowsAsSent(BindingResult result, Model model) {
		List<Integer> filled = new java.util.ArrayList<>();
		int rows = 0;
		for (int i = 0; i < 100; i++) {
			String path = "complaints[" + i + "].";
			Object[] values = { value(result, path + "area"), value(result, path + "kind"),
					value(result, path + "since"), value(result, path + "severity") };
			boolean sent = java.util.Arrays.stream(values).anyMatch(java.util.Objects::nonNull);
			if (!sent && i >= rows) {
				break;
			}
			rows = i + 1;
			if (java.util.Arrays.stream(values).anyMatch(v -> v != null && !v.toString().isBlank())) {
				filled.add(i);
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("filledRows", filled);
	}

	private static Object value(BindingResult result, String field) {
		try {
			return result.getFieldValue(field);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private String page(boolean isNew, Model model) {
		model.addAttribute("isNew", isNew);
		model.addAttribute("levels", labels(Level.values(), "runners.level."));
		model.addAttribute("pressures", labels(Pressure.values(), "runners.pressure."));
		model.addAttribute("goals", Goal.values());
		model.addAttribute("areas", BodyArea.values());
		model.addAttribute("kinds", ComplaintKind.values());
		model.addAttribute("therapists", catalog.activeTherapists());
		model.addAttribute("visitWishes", io.runrub.shared.VisitWish.values());
		model.addAttribute("modalityChoices", io.runrub.shared.Modality.values());
		model.addAttribute("lengths", List.of(30, 60));
		model.addAttribute("currency", catalog.clinic().currency().getSymbol(Locale.UK));
		model.addAttribute("severities", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
		model.addAttribute("weekDays", java.util.Arrays.stream(java.time.DayOfWeek.values())
			.map(day -> new WeekDay(day.getValue() - 1, day.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)))
			.toList());
		model.addAttribute("timesADay", ProfileForm.TIMES_A_DAY);
		model.addAttribute("presets", ProfileForm.Preset.values());
		return "runners/profile";
	}

	/** A row of the week's table: the day's position (Monday 0) and its name. */
	record WeekDay(int index, String name) {
	}

	/** Choices for a select: "" (choose) first, then each value with its words. */
	private Map<String, String> labels(Enum<?>[] values, String prefix) {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("", messages.getMessage("runners.profile.choose"));
		for (Enum<?> value : values) {
			labels.put(value.name(), messages.getMessage(prefix + value.name()));
		}
		return labels;
	}

}
