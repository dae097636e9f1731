package io.runrub.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The parts of a received message: its plain text, its HTML and its calendar attachment, if any. */
record MailMessageParts(String subject, String to, String text, String html, String calendar, String calendarName) {

	static MailMessageParts of(MimeMessage message) {
		try {
			Collector collector = new Collector();
			collector.walk(message);
			return new MailMessageParts(message.getSubject(), message.getAllRecipients()[0].toString(),
					collector.text, collector.html, collector.calendar, collector.calendarName);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class Collector {

		String text;

		String html;

		String calendar;

		String calendarName;

		void walk(Part part) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					walk(child);
				}
				return;
			}
			if (part.isMimeType("text/calendar")) {
				calendarName = part.getFileName();
				try (InputStream in = part.getInputStream()) {
					calendar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			else if (part.isMimeType("text/plain")) {
				text = (String) part.getContent();
			}
			else if (part.isMimeType("text/html")) {
				html = (String) part.getContent();
			}
		}

	}

}
