package io.runrub.clinic.web;

import java.util.List;
import java.util.Map;

import io.runrub.clinic.ClinicContact;
import io.runrub.clinic.ClinicContacts;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The clinic's phone and email through the API (admins only, by the {@code /api/v1/admin/**} rule). */
@RestController
@RequestMapping("/api/v1/admin/clinic/contact")
@Tag(name = "Admin")
class ClinicContactApiController {

	private final ClinicContacts contacts;

	private final Refusals refusals;

	ClinicContactApiController(ClinicContacts contacts, Refusals refusals) {
		this.contacts = contacts;
		this.refusals = refusals;
	}

	record ContactJson(String phone, String email) {

		static ContactJson of(ClinicContact contact) {
			return new ContactJson(contact.phone(), contact.email());
		}

	}

	@GetMapping
	ContactJson contact() {
		return ContactJson.of(contacts.contact());
	}

	@PutMapping
	@Operation(summary = "Set the clinic's phone and email",
			description = "Both may be blank. 400 naming the field for a phone or email that cannot be one.")
	ResponseEntity<?> setContact(@Valid @RequestBody ContactForm form) {
		try {
			return ResponseEntity.ok(ContactJson.of(contacts.update(new ClinicContact(form.phone(), form.email()))));
		}
		catch (DomainException.RuleViolation ex) {
			String field = switch (String.valueOf(ex.code())) {
				case "clinic-phone-invalid" -> "phone";
				case "clinic-email-invalid" -> "email";
				default -> null;
			};
			if (field == null) {
				throw ex;
			}
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusals.detail(ex));
			problem.setTitle(refusals.title(ex));
			problem.setType(refusals.type(ex));
			problem.setProperty("errors", List.of(Map.of("field", field, "message", refusals.detail(ex))));
			return ResponseEntity.badRequest().body(problem);
		}
	}

}
