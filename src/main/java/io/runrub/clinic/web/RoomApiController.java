package io.runrub.clinic.web;

import java.util.List;

import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.Room;
import io.runrub.clinic.RoomId;
import io.runrub.shared.web.SingleLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The clinic's treatment rooms, for admins (the security configuration limits /api/v1/admin/** to them). */
@RestController
@RequestMapping("/api/v1/admin/rooms")
@Tag(name = "Clinic administration")
class RoomApiController {

	private final ClinicAdministration administration;

	private final ClinicCatalog catalog;

	RoomApiController(ClinicAdministration administration, ClinicCatalog catalog) {
		this.administration = administration;
		this.catalog = catalog;
	}

	record RoomRequest(@NotBlank(message = "Name the room.") @Size(max = Room.MAX_NAME,
			message = "Name the room in at most 100 characters.") @SingleLine String name, Boolean active) {
	}

	record RoomResponse(long id, String name, boolean active) {

		static RoomResponse of(Room room) {
			return new RoomResponse(room.id().value(), room.name(), room.active());
		}

	}

	@GetMapping
	List<RoomResponse> rooms() {
		return catalog.allRooms().stream().map(RoomResponse::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a treatment room",
			description = "Services that need a room are booked with a therapist and a free room at once.")
	RoomResponse create(@Valid @RequestBody RoomRequest request) {
		Room created = administration.createRoom(request.name());
		if (Boolean.FALSE.equals(request.active())) {
			created = administration.updateRoom(created.id(), created.name(), false);
		}
		return RoomResponse.of(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Rename a room, or take it out of use (active: false)",
			description = "A room out of use is no longer booked; its appointments keep it.")
	RoomResponse update(@PathVariable long id, @Valid @RequestBody RoomRequest request) {
		return RoomResponse.of(administration.updateRoom(RoomId.of(id), request.name(),
				request.active() == null || request.active()));
	}

}
