package io.runrub.clinic.web;

import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.Room;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's rooms: {@code GET/POST /api/v1/admin/rooms} and {@code PUT /api/v1/admin/rooms/{id}}, services'
 * {@code roomRequired}, and the rooms section of the services page. Bad input is a 4xx naming the field and changes
 * nothing.
 */
@RunRubIntegrationTest
class RoomAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	RunRubUser admin;

	@BeforeEach
	void anOpenClinic() {
		clinic.reset();
		clinic.open();
		admin = clinic.admin();
	}

	long rooms() {
		return jdbc.sql("select count(*) from room").query(Long.class).single();
	}

	@Test
	void anAdminAddsListsRenamesAndTakesARoomOutOfUse() throws Exception {
		String created = mvc.perform(post("/api/v1/admin/rooms").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \" Room 1 \"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Room 1"))
			.andExpect(jsonPath("$.active").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

		mvc.perform(put("/api/v1/admin/rooms/" + id).with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Blue room\", \"active\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Blue room"))
			.andExpect(jsonPath("$.active").value(false));

		mvc.perform(get("/api/v1/admin/rooms").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].name").value("Blue room"))
			.andExpect(jsonPath("$[0].active").value(false));
		assertThat(catalog.activeRooms()).as("the cached catalogue saw the change").isEmpty();
	}

	@Test
	void aRoomWithoutANameIsRefusedNamingTheFieldAndNothingIsAdded() throws Exception {
		mvc.perform(post("/api/v1/admin/rooms").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/admin/rooms").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + "x".repeat(101) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(post("/api/v1/admin/rooms").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Room 1\", \"active\": \"yes\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("active"));
		assertThat(rooms()).isZero();
	}

	@Test
	void aSecondRoomOfTheSameNameIsAConflict() throws Exception {
		clinic.room("Room 1");

		mvc.perform(post("/api/v1/admin/rooms").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Room 1\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/room-name-taken"));
		assertThat(rooms()).isOne();
	}

	@Test
	void aRunnerCannotAddARoom() throws Exception {
		mvc.perform(post("/api/v1/admin/rooms").with(user(clinic.runner("Rosa")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Room 1\"}")).andExpect(status().isForbidden());
		assertThat(rooms()).isZero();
	}

	@Test
	void aServiceSaysWhetherItNeedsARoom() throws Exception {
		mvc.perform(post("/api/v1/admin/services").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Sports massage", "modality": "SPORTS", "durationMinutes": 60, "priceCents": 6000,
					 "roomRequired": true}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roomRequired").value(true));
		mvc.perform(post("/api/v1/admin/services").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Quick check", "modality": "SPORTS", "durationMinutes": 30, "priceCents": 3000}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roomRequired").value(false));
	}

	@Test
	void aBookingWithARoomIdThatIsNotAnIdIsRefusedNamingTheField() throws Exception {
		var sports = clinic.service("Sports massage", SPORTS, 60).needsRoom().create();
		mvc.perform(post("/api/v1/appointments").with(user(clinic.runner("Rosa")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceId\": " + sports.id().value()
					+ ", \"start\": \"2026-03-31T10:00:00+01:00\", \"roomId\": -1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roomId"));
		assertThat(jdbc.sql("select count(*) from appointment").query(Long.class).single()).isZero();
	}

	@Test
	void theServicesPageAddsARoomAndShowsARefusalNextToItsField() throws Exception {
		mvc.perform(post("/admin/rooms").with(user(admin)).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"room-name-error\"")));
		assertThat(rooms()).isZero();

		mvc.perform(post("/admin/rooms").with(user(admin)).with(csrf()).param("name", "Treatment room 1"))
			.andExpect(redirectedUrl("/admin/services#rooms"));
		Room room = catalog.allRooms().get(0);
		assertThat(room.name()).isEqualTo("Treatment room 1");

		mvc.perform(post("/admin/rooms/" + room.id().value()).with(user(admin)).with(csrf()).param("active", "false"))
			.andExpect(redirectedUrl("/admin/services#rooms"));
		assertThat(catalog.room(room.id()).active()).isFalse();
		mvc.perform(get("/admin/services").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Treatment room 1")))
			.andExpect(content().string(containsString("Needs a treatment room")));
	}

	@Test
	void theServicesPageTicksNeedsARoom() throws Exception {
		mvc.perform(post("/admin/services").with(user(admin))
			.with(csrf())
			.param("name", "Sports massage")
			.param("modality", "SPORTS")
			.param("durationMinutes", "60")
			.param("price", "60.00")
			.param("bufferBeforeMinutes", "0")
			.param("bufferAfterMinutes", "15")
			.param("active", "true")
			.param("roomRequired", "true")).andExpect(status().is3xxRedirection());
		assertThat(catalog.allServices()).singleElement().satisfies(service -> assertThat(service.roomRequired()).isTrue());
	}

}
