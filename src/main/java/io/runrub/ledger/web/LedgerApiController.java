package io.runrub.ledger.web;

import java.time.LocalDate;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;
import io.runrub.ledger.statement.AccountStatements;
import io.runrub.ledger.statement.ClinicPackage;
import io.runrub.ledger.statement.PackageSales;
import io.runrub.ledger.statement.Statement;
import io.runrub.shared.web.SingleLine;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Statements and packages: a runner's own, and the clinic's view of any runner's. */
@RestController
@RequestMapping("/api/v1")
class LedgerApiController {

	private final AccountStatements statements;

	private final PackageSales sales;

	LedgerApiController(AccountStatements statements, PackageSales sales) {
		this.statements = statements;
		this.sales = sales;
	}

	record EntryResponse(LocalDate date, String kind, String description, long amountCents) {
	}

	record CreditResponse(long packageId, String packageName, int left, LocalDate expiresOn) {

		static CreditResponse of(Statement.Credit credit) {
			return new CreditResponse(credit.packageId(), credit.packageName(), credit.left(), credit.expiresOn());
		}

	}

	record StatementResponse(List<EntryResponse> entries, List<CreditResponse> credits, long balanceCents) {

		static StatementResponse of(Statement statement) {
			return new StatementResponse(statement.entries()
				.stream()
				.map(entry -> new EntryResponse(entry.date(), entry.kind().name(), entry.description(),
						entry.amountCents()))
				.toList(), statement.credits().stream().map(CreditResponse::of).toList(), statement.balanceCents());
		}

	}

	record PackageResponse(long id, String name, long serviceId, int sessions, long priceCents, int validityMonths) {

		static PackageResponse of(ClinicPackage offer) {
			return new PackageResponse(offer.id(), offer.name(), offer.serviceId().value(), offer.sessions(),
					offer.priceCents(), offer.validityMonths());
		}

	}

	record PackageRequest(@NotBlank @Size(max = 120) @SingleLine String name, @NotNull @Positive Long serviceId,
			@NotNull @Min(1) @Max(ClinicPackage.MAX_SESSIONS) Integer sessions,
			@NotNull @Min(0) @Max(PackageSales.MAX_PAYMENT_CENTS) Long priceCents,
			@NotNull @Min(1) @Max(ClinicPackage.MAX_VALIDITY_MONTHS) Integer validityMonths) {
	}

	record BuyRequest(@NotNull @Positive Long packageId) {
	}

	record PaymentRequest(@NotNull @Min(1) @Max(PackageSales.MAX_PAYMENT_CENTS) Long amountCents) {
	}

	@GetMapping("/me/statement")
	@Operation(summary = "The runner's account statement",
			description = "Entries oldest first (amountCents: what each adds to what the runner owes; payments are "
					+ "negative, credits 0), the package credits left, and the balance owed.")
	StatementResponse myStatement(Actor actor) {
		return StatementResponse.of(statements.of(actor.runnerId()));
	}

	@GetMapping("/admin/runners/{id}/statement")
	@Operation(summary = "A runner's account statement (404 for an id that is not a runner's)")
	StatementResponse statement(@PathVariable long id) {
		sales.checkRunner(RunnerId.of(id));
		return StatementResponse.of(statements.of(RunnerId.of(id)));
	}

	@PostMapping("/admin/runners/{id}/payments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a payment taken at the clinic")
	StatementResponse recordPayment(@PathVariable long id, @Valid @RequestBody PaymentRequest request) {
		sales.recordPayment(RunnerId.of(id), request.amountCents());
		return StatementResponse.of(statements.of(RunnerId.of(id)));
	}

	@PostMapping("/admin/runners/{id}/packages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a package bought at the desk, and its payment")
	StatementResponse recordPurchase(@PathVariable long id, @Valid @RequestBody BuyRequest request) {
		sales.recordDeskPurchase(RunnerId.of(id), request.packageId());
		return StatementResponse.of(statements.of(RunnerId.of(id)));
	}

	@GetMapping("/admin/packages")
	List<PackageResponse> allPackages() {
		return sales.packages().stream().map(PackageResponse::of).toList();
	}

	@PostMapping("/admin/packages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Define a package: sessions of one service for one price, valid some months from purchase")
	PackageResponse define(@Valid @RequestBody PackageRequest request) {
		return PackageResponse.of(sales.define(new ClinicPackage(null, request.name(),
				ServiceId.of(request.serviceId()), request.sessions(), request.priceCents(),
				request.validityMonths())));
	}

	@GetMapping("/packages")
	@Operation(summary = "The packages on sale")
	List<PackageResponse> onSale() {
		return sales.onSale().stream().map(PackageResponse::of).toList();
	}

	@PostMapping("/me/packages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Buy a package",
			description = "Its sessions become credits at once; payment is taken at the clinic, so the statement "
					+ "shows the price owed until the clinic records it.")
	StatementResponse buy(Actor actor, @Valid @RequestBody BuyRequest request) {
		sales.buy(actor.runnerId(), request.packageId());
		return StatementResponse.of(statements.of(actor.runnerId()));
	}

}
