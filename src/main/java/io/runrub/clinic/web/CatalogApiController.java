package io.runrub.clinic.web;

import java.util.List;
import java.util.Set;

import io.runrub.clinic.ClinicCatalog;
import io.runrub.shared.Modality;
import io.runrub.shared.VisitWish;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Clinic")
class CatalogApiController {

	private final ClinicCatalog catalog;

	CatalogApiController(ClinicCatalog catalog) {
		this.catalog = catalog;
	}

	record ServiceResponse(long id, String name, Modality modality, int durationMinutes, long priceCents,
			String currency) {
	}

	record TherapistResponse(long id, String name, String bio, Set<Modality> modalities, Set<VisitWish> offers) {
	}

	@GetMapping("/services")
	@Operation(summary = "The services the clinic sells")
	List<ServiceResponse> services() {
		return catalog.activeServices()
			.stream()
			.map(service -> new ServiceResponse(service.id().value(), service.name(), service.modality(),
					service.durationMinutes(), service.price().minorUnits(), service.price().currency().getCurrencyCode()))
			.toList();
	}

	@GetMapping("/therapists")
	@Operation(summary = "The clinic's therapists and the modalities they offer")
	List<TherapistResponse> therapists() {
		return catalog.activeTherapists()
			.stream()
			.map(therapist -> new TherapistResponse(therapist.id().value(), therapist.name(), therapist.bio(),
					therapist.modalities(), therapist.offers()))
			.toList();
	}

}
