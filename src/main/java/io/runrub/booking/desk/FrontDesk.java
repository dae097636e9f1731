package io.runrub.booking.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Actor;
import io.runrub.accounts.PasswordResets;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the admin does for a client at the desk: finds them, books for them (a new client is created and invited in
 * the same transaction as the booking, so a refused booking leaves no account behind), moves and cancels with a
 * reason the client's message gives.
 */
@Component
public class FrontDesk {

	/** How many clients a search shows. */
	public static final int SEARCH_LIMIT = 20;

	private final AccountDirectory accounts;

	private final AccountRegistration registration;

	private final PasswordResets invitations;

	private final AppointmentBooking booking;

	FrontDesk(AccountDirectory accounts, AccountRegistration registration, PasswordResets invitations,
			AppointmentBooking booking) {
		this.accounts = accounts;
		this.registration = registration;
		this.invitations = invitations;
		this.booking = booking;
	}

	/** Clients whose name or email contains the text. */
	public List<AccountSummary> search(String text) {
		return accounts.searchRunners(text, SEARCH_LIMIT);
	}

	/**
	 * A booking the desk makes.
	 * @param newClientName the name of a client to create, if {@code runnerEmail} has no account yet; null to refuse
	 * an unknown email
	 * @param roomId the treatment room to take; null for any free one when the service needs a room
	 */
	public record DeskBooking(String runnerEmail, ServiceId serviceId, Instant start, TherapistId therapistId,
			Long roomId, boolean overrideNotice, String newClientName) {
	}

	/** The booking, and whether its client was created (and invited) by it. */
	public record Booked(AppointmentView appointment, boolean clientCreated) {
	}

	@Transactional
	public Booked book(DeskBooking request, Actor admin) {
		if (!admin.isAdmin()) {
			throw DomainException.forbidden("desk-admins-only");
		}
		Optional<AccountSummary> found = accounts.findByEmail(request.runnerEmail());
		AccountSummary client;
		boolean created = false;
		if (found.isPresent()) {
			client = found.get();
			if (client.role() != Role.RUNNER) {
				throw DomainException.refused("desk-not-a-client", client.email());
			}
		}
		else if (request.newClientName() == null || request.newClientName().isBlank()) {
			throw DomainException.notFound("desk-no-such-client", request.runnerEmail());
		}
		else {
			client = registration.createClient(request.runnerEmail(), request.newClientName().strip());
			invitations.invite(client.id());
			created = true;
		}
		AppointmentView booked = booking.bookForClient(new AppointmentBooking.BookingRequest(
				RunnerId.of(client.id().value()), request.serviceId(), request.start(), request.therapistId(), null,
				request.roomId() == null ? null : io.runrub.clinic.RoomId.of(request.roomId())),
				admin, request.overrideNotice());
		return new Booked(booked, created);
	}

	public AppointmentView move(io.runrub.booking.AppointmentId id, Instant start, String reason, Actor admin) {
		if (!admin.isAdmin()) {
			throw DomainException.forbidden("desk-admins-only");
		}
		return booking.reschedule(id, start, admin, reason);
	}

	public AppointmentView cancel(io.runrub.booking.AppointmentId id, String reason, Actor admin) {
		if (!admin.isAdmin()) {
			throw DomainException.forbidden("desk-admins-only");
		}
		return booking.cancel(id, admin, reason);
	}

}
