package io.runrub.clinic.web;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.ClinicPolicies;
import io.runrub.shared.DomainException;
import io.runrub.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shapes of the admin controllers' errors, without a database: a page shows every error of a form at once, each
 * next to its field and tied to it for screen readers; the API answers problem+json naming the field, or the refusal's
 * stable type.
 */
@WebMvcTest(controllers = { AdminPageController.class, AdminApiController.class },
		excludeFilters = @Filter(type = FilterType.REGEX, pattern = "io\\.runrub\\.accounts\\.web\\.CurrentUserAdvice"))
@Import(WebSlice.class)
class AdminControllersWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ClinicAdministration administration;

	@MockitoBean
	ClinicCatalog catalog;

	@BeforeEach
	void aClinic() {
		given(catalog.clinic()).willReturn(new ClinicInfo("Stride", "", ZoneId.of("Europe/London"),
				Currency.getInstance("GBP"), new ClinicPolicies(Duration.ofHours(2), 90, Duration.ofHours(24))));
		given(catalog.zone()).willReturn(ZoneId.of("Europe/London"));
		given(catalog.allServices()).willReturn(List.of());
	}

	@Test
	void aServiceWithTwoBadFieldsShowsBothErrorsNextToTheirFields() throws Exception {
		String page = mvc
			.perform(post("/admin/services").with(user("ada").roles("ADMIN"))
				.with(csrf())
				.param("name", " ")
				.param("modality", "SPORTS")
				.param("durationMinutes", "481")
				.param("price", "65.00")
				.param("bufferBeforeMinutes", "0")
				.param("bufferAfterMinutes", "10"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<p id=\"new-name-error\" class=\"field-error\">Name the service, in at most 100 characters.</p>")
			.contains("<p id=\"new-durationMinutes-error\" class=\"field-error\">"
					+ "Enter a whole number from 5 to 480 for “Duration in minutes”.</p>")
			.containsPattern("<input[^>]*id=\"new-name\"[^>]*aria-invalid=\"true\" aria-describedby=\"new-name-error\"")
			.containsPattern("<input[^>]*id=\"new-durationMinutes\"[^>]*aria-invalid=\"true\"")
			.as("what was typed is shown again")
			.contains("value=\"481\"")
			.as("a field without an error is not marked")
			.doesNotContain("new-price-error");
		verifyNoInteractions(administration);
	}

	@Test
	void aNumberThatIsNotANumberIsExplainedNextToItsField() throws Exception {
		String page = mvc
			.perform(post("/admin/services").with(user("ada").roles("ADMIN"))
				.with(csrf())
				.param("name", "Sports")
				.param("modality", "SPORTS")
				.param("durationMinutes", "sixty")
				.param("price", "65.00")
				.param("bufferBeforeMinutes", "0")
				.param("bufferAfterMinutes", "10"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<p id=\"new-durationMinutes-error\" class=\"field-error\">"
				+ "Enter a whole number from 5 to 480 for “Duration in minutes”.</p>");
		verifyNoInteractions(administration);
	}

	@Test
	void aRefusalOfTheClinicsRulesIsShownAtTheFieldItIsAbout() throws Exception {
		willThrow(DomainException.refused("unknown-currency", "XYZ")).given(administration).updateClinic(any());

		String page = mvc
			.perform(post("/admin").with(user("ada").roles("ADMIN"))
				.with(csrf())
				.param("name", "Stride")
				.param("address", "")
				.param("timeZone", "Europe/London")
				.param("currency", "XYZ")
				.param("minNotice", "2")
				.param("minNoticeUnit", "HOURS")
				.param("maxDaysAhead", "90")
				.param("cancellationCutoffHours", "24"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(
				"<p id=\"currency-error\" class=\"field-error\">“XYZ” is not a currency. Use an ISO 4217 code such as GBP or EUR.</p>");
	}

	@Test
	void theApiNamesTheFieldThatIsMissing() throws Exception {
		mvc.perform(post("/api/v1/admin/services").with(user("ada").roles("ADMIN")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "", "modality": "SPORTS", "durationMinutes": 60, "priceCents": 6500}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		verifyNoInteractions(administration);
	}

	@Test
	void theApiAnswersARefusalWithItsStableType() throws Exception {
		given(administration.createService(any()))
			.willThrow(DomainException.refused("service-buffer-out-of-range", 0, 120));

		mvc.perform(post("/api/v1/admin/services").with(user("ada").roles("ADMIN")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Sports", "modality": "SPORTS", "durationMinutes": 60, "priceCents": 6500}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/service-buffer-out-of-range"))
			.andExpect(jsonPath("$.detail").value("Buffers are from 0 to 120 minutes."));
	}

}
