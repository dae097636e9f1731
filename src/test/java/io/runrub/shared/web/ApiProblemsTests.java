package io.runrub.shared.web;

import java.time.LocalDate;
import java.util.List;

import io.runrub.shared.DomainException;
import io.runrub.shared.Pressure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's problems as a client sees them: a stable type per kind, the field that is wrong and what was expected,
 * words from messages.properties — through a small controller in a web slice.
 */
@WebMvcTest(controllers = ApiProblemsTests.Probe.class)
@Import({ ApiProblemsTests.Probe.class, Refusals.class, Messages.class, StrictJson.class })
@WithMockUser
class ApiProblemsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aWrongTypeDeepInTheBodyNamesItsPathAndWhatWasExpected() throws Exception {
		mvc.perform(post("/api/v1/probe").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"items\":[{\"severity\":2,\"pressure\":\"LIGHT\"},{\"severity\":\"high\",\"pressure\":\"LIGHT\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/invalid-body-field"))
			.andExpect(jsonPath("$.errors[0].field").value("items[1].severity"))
			.andExpect(jsonPath("$.errors[0].message").value("Expected a whole number."))
			.andExpect(jsonPath("$.detail").value("'items[1].severity' is not valid: expected a whole number."));
	}

	@Test
	void anUnknownEnumValueListsTheAllowedOnes() throws Exception {
		mvc.perform(post("/api/v1/probe").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"items\":[{\"severity\":1,\"pressure\":\"HARD\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].pressure"))
			.andExpect(jsonPath("$.errors[0].message").value("Expected one of: LIGHT, MEDIUM, FIRM, DEEP."));
	}

	@Test
	void aDateInAnotherFormatSaysHowToWriteIt() throws Exception {
		mvc.perform(post("/api/v1/probe").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"on\":\"03/04/2026\",\"items\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"))
			.andExpect(jsonPath("$.errors[0].message").value("Expected a date written YYYY-MM-DD."));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
			"{\"name\":\"x\",\"items\":[],\"yes\":1}                              | yes                | Expected true or false.",
			"{\"name\":\"x\",\"items\":[],\"yes\":2}                              | yes                | Expected true or false.",
			"{\"name\":\"x\",\"items\":[],\"yes\":-1}                             | yes                | Expected true or false.",
			"{\"name\":\"x\",\"items\":[],\"yes\":\"TRUE\"}                         | yes                | Expected true or false.",
			"{\"name\":\"x\",\"items\":[{\"severity\":1.5,\"pressure\":\"LIGHT\"}]}   | items[0].severity  | Expected a whole number.",
			"{\"name\":\"x\",\"items\":[{\"severity\":1,\"pressure\":0}]}         | items[0].pressure  | Expected one of: LIGHT, MEDIUM, FIRM, DEEP.",
			"{\"name\":\"x\",\"items\":[null]}                                    | items[0]           | Expected a value, not null.",
			"{\"name\":\"x\",\"items\":[],\"levels\":[\"LIGHT\",null]}                | levels[1]          | Expected a value, not null." })
	void looseValuesAreRefusedNotGuessed(String body, String field, String message) throws Exception {
		mvc.perform(post("/api/v1/probe").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").value(message));
	}

	@Test
	void brokenJsonSaysWhere() throws Exception {
		mvc.perform(post("/api/v1/probe").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/malformed-json"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The request body is not valid JSON (line 1")));
	}

	@Test
	void everyInvalidFieldIsListedAtOnce() throws Exception {
		mvc.perform(post("/api/v1/probe").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" \",\"items\":[{\"severity\":11,\"pressure\":\"LIGHT\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/invalid-fields"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'items[0].severity')]").exists());
	}

	@Test
	void aWrongQueryParameterNamesIt() throws Exception {
		mvc.perform(get("/api/v1/probe").param("from", "tomorrow"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/invalid-parameter"))
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("Expected a date written YYYY-MM-DD."));
	}

	@Test
	void aCodedRefusalHasItsTypeAndItsWordsFromTheMessages() throws Exception {
		mvc.perform(get("/api/v1/probe/refuse"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/date-out-of-range"))
			.andExpect(jsonPath("$.title").value("Date out of range"));
	}

	@Test
	void somethingUnexpectedSaysNothingInternal() throws Exception {
		mvc.perform(get("/api/v1/probe/boom"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/unexpected-error"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
	}

	record Item(@Max(10) Integer severity, Pressure pressure) {
	}

	record Body(@NotBlank String name, LocalDate on, List<@Valid Item> items, Boolean yes, List<Pressure> levels) {
	}

	@RestController
	static class Probe {

		@PostMapping("/api/v1/probe")
		String post(@Valid @RequestBody Body body) {
			return "ok";
		}

		@GetMapping("/api/v1/probe")
		String get(@RequestParam LocalDate from) {
			return "ok";
		}

		@GetMapping("/api/v1/probe/refuse")
		String refuse() {
			// any coded refusal will do: this one's words exist in messages.properties
			throw DomainException.refused("date-out-of-range");
		}

		@GetMapping("/api/v1/probe/boom")
		String boom() {
			throw new IllegalStateException("secret internals");
		}

	}

}
