package io.runrub.runners.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.runrub.accounts.Actor;
import io.runrub.runners.Intake;
import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeQuestions;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeVerdict;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The health questions, and the signed-in runner's own answers. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Health questions")
class IntakeApiController {

	private final IntakeScreening screening;

	IntakeApiController(IntakeScreening screening) {
		this.screening = screening;
	}

	@GetMapping("/intake/questions")
	@Operation(summary = "The health questions every runner answers before booking",
			description = "A yes to a STOP question means no massage now; a yes to a RESTRICT question means light "
					+ "pressure only, no DEEP_TISSUE or ART.")
	List<IntakeQuestion> questions() {
		return IntakeQuestions.all();
	}

	record IntakeRequest(
			@NotNull(message = "Give answers: each question's id with true (yes) or false (no).") Map<String, Boolean> answers,
			@Size(max = 2000, message = "At most 2,000 characters.") String notes) {
	}

	record VerdictJson(boolean answered, boolean blocksMassage, boolean restricted, Pressure maxPressure,
			List<String> stops, List<String> restrictions, List<Modality> allowedModalities, String advice) {

		static VerdictJson of(IntakeVerdict verdict) {
			return new VerdictJson(verdict.answered(), verdict.blocksMassage(), verdict.restricted(),
					verdict.maxPressure(), verdict.stops().stream().map(IntakeQuestion::id).toList(),
					verdict.restrictions().stream().map(IntakeQuestion::id).toList(),
					Stream.of(Modality.values()).filter(verdict::allows).toList(), verdict.advice());
		}

	}

	record IntakeJson(Map<String, Boolean> answers, String notes, Instant answeredAt, Instant confirmedAt,
			VerdictJson verdict) {

		static IntakeJson of(Intake intake) {
			return new IntakeJson(intake.answers(), intake.notes(), intake.answeredAt(), intake.confirmedAt(),
					VerdictJson.of(IntakeVerdict.of(intake)));
		}

	}

	@GetMapping("/me/intake")
	@Operation(summary = "Your health answers and what they mean for massage", description = "404 until you have answered.")
	IntakeJson intake(Actor actor) {
		return screening.find(actor.runnerId())
			.map(IntakeJson::of)
			.orElseThrow(() -> DomainException.notFound("intake-missing"));
	}

	@PutMapping("/me/intake")
	@Operation(summary = "Answer every health question",
			description = "{\"answers\": {\"BLOOD_CLOT\": false, …}, \"notes\": \"…\"}. 422 if a question is not "
					+ "answered or an id is not a question. Answering also confirms the answers.")
	IntakeJson answer(Actor actor, @Valid @RequestBody IntakeRequest request) {
		return IntakeJson.of(screening.answer(actor.runnerId(), request.answers(), request.notes()));
	}

	@PostMapping("/me/intake/confirm")
	@Operation(summary = "Confirm that your health answers still hold (\"anything changed since last time?\")",
			description = "422 if you have not answered every question.")
	IntakeJson confirm(Actor actor) {
		return IntakeJson.of(screening.confirmUnchanged(actor.runnerId()));
	}

}
