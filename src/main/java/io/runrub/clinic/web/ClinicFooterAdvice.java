package io.runrub.clinic.web;

import java.util.function.Supplier;

import io.runrub.clinic.ClinicContact;
import io.runrub.clinic.ClinicContacts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the clinic's phone and email for the layout's footer, read only when a page shows them (the API's
 * handlers get the attribute too, and never read it). Without the clinic's beans (a web slice test of another
 * module) there is simply none.
 */
@ControllerAdvice(annotations = Controller.class)
class ClinicFooterAdvice {

	private final ObjectProvider<ClinicContacts> contacts;

	ClinicFooterAdvice(ObjectProvider<ClinicContacts> contacts) {
		this.contacts = contacts;
	}

	// looked up once: ObjectProvider.getIfAvailable searches the bean factory by type on every call (1% of page CPU)
	private volatile ClinicContacts available;

	@ModelAttribute("clinicContact")
	Footer clinicContact() {
		return new Footer(this::contacts);
	}

	private ClinicContacts contacts() {
		ClinicContacts found = available;
		if (found == null) {
			found = contacts.getIfAvailable();
			available = found;
		}
		return found;
	}

	/** The contact details, read on first use. */
	static final class Footer {

		private final Supplier<ClinicContacts> contacts;

		private ClinicContact contact;

		Footer(Supplier<ClinicContacts> contacts) {
			this.contacts = contacts;
		}

		public String phone() {
			return contact().phone();
		}

		public String email() {
			return contact().email();
		}

		private ClinicContact contact() {
			if (contact == null) {
				ClinicContacts available = contacts.get();
				contact = available == null ? ClinicContact.NONE : available.contact();
			}
			return contact;
		}

	}

}
