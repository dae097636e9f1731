package io.runrub.clinic.web;

import io.runrub.clinic.ClinicContact;
import jakarta.validation.constraints.Size;

/** The clinic's phone and email, from the contact page or the API; both may be left blank. */
record ContactForm(@Size(max = ClinicContact.MAX_PHONE, message = "A phone number has at most 40 characters.") String phone,
		@Size(max = ClinicContact.MAX_EMAIL, message = "That email address is too long.") String email) {

	static ContactForm of(ClinicContact contact) {
		return new ContactForm(contact.phone(), contact.email());
	}

}
