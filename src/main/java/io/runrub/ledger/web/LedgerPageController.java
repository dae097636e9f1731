package io.runrub.ledger.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.ledger.statement.AccountStatements;
import io.runrub.ledger.statement.ClinicPackage;
import io.runrub.ledger.statement.PackageSales;
import io.runrub.ledger.statement.Statement;
import io.runrub.shared.DomainException;
import io.runrub.shared.Money;
import io.runrub.shared.web.Refusals;
import jakarta.validation.Valid;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger's pages: a runner's statement with the packages to buy; the admin's packages; a runner's statement as
 * the clinic sees it, where the admin records a payment or a purchase at the desk.
 */
@Controller
class LedgerPageController {

	private final AccountStatements statements;

	private final PackageSales sales;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	LedgerPageController(AccountStatements statements, PackageSales sales, ClinicCatalog catalog,
			MessageSourceAccessor messages, Refusals refusals) {
		this.statements = statements;
		this.sales = sales;
		this.catalog = catalog;
		this.messages = messages;
		this.refusals = refusals;
	}

	/** A statement line as a page shows it: money formatted in the clinic's currency, kinds in words. */
	record Line(String date, String kind, String description, String amount) {
	}

	record CreditLine(String packageName, int left, String expiresOn) {
	}

	record Offer(long id, String name, String serviceName, int sessions, String price, int validityMonths) {
	}

	// the runner

	@GetMapping("/statement")
	String myStatement(Actor actor, Model model) {
		showStatement(actor.runnerId(), model);
		model.addAttribute("offers", offers(sales.onSale()));
		return "ledger/statement";
	}

	@PostMapping("/statement/packages/{id}")
	String buy(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			sales.buy(actor.runnerId(), id);
			redirect.addFlashAttribute("message", messages.getMessage("ledger.page.bought"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/statement";
	}

	// the clinic

	@GetMapping("/admin/packages")
	String packages(Model model) {
		model.addAttribute("packageForm", PackageForm.empty());
		return packagesPage(model);
	}

	@PostMapping("/admin/packages")
	String define(@Valid @ModelAttribute("packageForm") PackageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				sales.define(new ClinicPackage(null, form.name(), io.runrub.clinic.ServiceId.of(form.serviceId()),
						form.sessions(), minor(form.price()), form.validityMonths()));
				redirect.addFlashAttribute("message", messages.getMessage("ledger.page.packageAdded"));
				return "redirect:/admin/packages";
			}
			catch (DomainException.NotFound ex) {
				result.rejectValue("serviceId", "problem." + ex.code() + ".detail", refusals.detail(ex));
			}
			catch (DomainException ex) {
				result.reject("problem." + ex.code() + ".detail", refusals.detail(ex));
			}
		}
		return packagesPage(model);
	}

	@GetMapping("/admin/runners/{id}/statement")
	String runnerStatement(@PathVariable long id, Model model) {
		sales.checkRunner(RunnerId.of(id));
		model.addAttribute("paymentForm", PaymentForm.empty());
		return runnerPage(id, model);
	}

	@PostMapping("/admin/runners/{id}/payments")
	String recordPayment(@PathVariable long id, @Valid @ModelAttribute("paymentForm") PaymentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		sales.checkRunner(RunnerId.of(id));
		if (result.hasErrors()) {
			return runnerPage(id, model);
		}
		sales.recordPayment(RunnerId.of(id), minor(form.amount()));
		redirect.addFlashAttribute("message", messages.getMessage("ledger.page.paymentRecorded"));
		return "redirect:/admin/runners/" + id + "/statement";
	}

	@PostMapping("/admin/runners/{id}/packages")
	String recordPurchase(@PathVariable long id, @RequestParam long packageId, RedirectAttributes redirect) {
		try {
			sales.recordDeskPurchase(RunnerId.of(id), packageId);
			redirect.addFlashAttribute("message", messages.getMessage("ledger.page.purchaseRecorded"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/admin/runners/" + id + "/statement";
	}

	private String packagesPage(Model model) {
		model.addAttribute("offers", offers(sales.packages()));
		Map<String, String> services = new LinkedHashMap<>();
		for (MassageService service : catalog.allServices()) {
			if (service.active()) {
				services.put(String.valueOf(service.id().value()), service.name());
			}
		}
		model.addAttribute("services", services);
		return "ledger/packages";
	}

	private String runnerPage(long id, Model model) {
		showStatement(RunnerId.of(id), model);
		model.addAttribute("runnerId", id);
		model.addAttribute("offers", offers(sales.packages()));
		return "ledger/runner-statement";
	}

	private void showStatement(RunnerId runnerId, Model model) {
		Statement statement = statements.of(runnerId);
		model.addAttribute("lines", statement.entries()
			.stream()
			.map(entry -> new Line(entry.date().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
					Locale.UK)), messages.getMessage("ledger.kind." + entry.kind().name()), entry.description(),
					entry.amountCents() == 0 ? "" : money(entry.amountCents())))
			.toList());
		model.addAttribute("credits", statement.credits()
			.stream()
			.map(credit -> new CreditLine(credit.packageName(), credit.left(),
					credit.expiresOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))))
			.toList());
		model.addAttribute("balance", money(statement.balanceCents()));
		model.addAttribute("owes", statement.balanceCents() > 0);
	}

	private List<Offer> offers(List<ClinicPackage> packages) {
		return packages.stream().map(offer -> {
			String serviceName;
			try {
				serviceName = catalog.service(offer.serviceId()).name();
			}
			catch (DomainException ex) {
				serviceName = "";
			}
			return new Offer(offer.id(), offer.name(), serviceName, offer.sessions(), money(offer.priceCents()),
					offer.validityMonths());
		}).toList();
	}

	private String money(long minor) {
		return new Money(minor, currency()).format(Locale.UK);
	}

	private Currency currency() {
		return catalog.clinic().currency();
	}

	private long minor(BigDecimal major) {
		return major.movePointRight(Math.max(0, currency().getDefaultFractionDigits()))
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
	}

}
