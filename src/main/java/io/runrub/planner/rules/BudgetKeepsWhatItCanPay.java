package io.runrub.planner.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;

/**
 * FREQ-BUDGET: never plan more than the monthly budget pays for, and say what the budget forgoes.
 *
 * <p>
 * Month by month, the most important massages first: keep what the budget pays for; when one does not fit, take the
 * cheaper service of the same kind of massage, then (for a regular massage) the cheapest sports massage instead; what
 * still does not fit is left out, and the month's warning says so.
 *
 * <p>
 * Amounts are {@link Money} in the clinic's currency; its sentences show whole amounts without pence ("£65") through
 * {@link Money#formatWhole(Locale)}.
 */
public final class BudgetKeepsWhatItCanPay implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("FREQ-BUDGET", "S0", EvidenceGrade.NOT_GRADED,
			"Never plan more than your monthly budget pays for, and say what it leaves out.",
			"How often and how much massage to get hinges on … your training intensity and your budget.",
			"A matter of money, not evidence.");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH_ALONE = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

	/**
	 * A massage the plan would like, as the budget sees it.
	 * @param massage what the caller gets back when the budget keeps it
	 * @param importance higher is kept first
	 * @param mayBecomeSports whether a cheaper sports massage may stand in for it (regular massages only)
	 */
	public record Wanted<T>(T massage, LocalDate date, int importance, Modality modality, int minutes,
			Money price, List<BodyArea> focusAreas, boolean mayBecomeSports) {
	}

	/** A service of the clinic, as the budget sees it. */
	public record Priced(long serviceId, Modality modality, int minutes, Money price) {
	}

	/**
	 * A massage the budget keeps.
	 * @param service the service it now takes when that changed to stay within budget (empty: as wanted); a
	 * service of another modality means a sports massage stands in for it
	 * @param swapped when the service changed, the sentence that says so (the planner shows it as an adjustment)
	 * @param spent what is spent of the month's budget up to and including it
	 * @param mostImportantOfMonth the first the budget kept in its month
	 */
	public record Kept<T>(T massage, Optional<Priced> service, Optional<Reason> swapped, Reason spent,
			boolean mostImportantOfMonth) {
	}

	/** What the budget keeps (by date: month by month, each month by date) and what it warns about. */
	public record Outcome<T>(List<Kept<T>> kept, List<Warning> warnings) {
	}

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/**
	 * @param wanted the massages, by date
	 * @param services what the clinic sells
	 * @param bookedSpend what massages already booked cost, by month
	 * @param budget what the runner can spend a month
	 * @param monthlyMinimum whether the runner's training calls for at least one massage a month
	 */
	public <T> Outcome<T> apply(List<Wanted<T>> wanted, List<Priced> services, Map<YearMonth, Money> bookedSpend,
			Money budget, boolean monthlyMinimum) {
		YearMonth first = wanted.stream().map(massage -> YearMonth.from(massage.date())).min(Comparator.naturalOrder())
			.orElse(null);
		return apply(wanted, services, bookedSpend, budget, monthlyMinimum, first, budget);
	}

	/**
	 * As {@link #apply(List, List, Map, Money, boolean)}, and the budget saves up: what a month leaves unspent (from
	 * {@code firstMonth} on) pays for a massage that costs more than a whole month's budget, such as a movement
	 * assessment or, with a budget under one massage a month, any massage.
	 * @param firstMonth the month the plan starts in: saving starts there
	 * @param saving what is set aside a month: the budget, or more when the budget is too small for one massage in
	 * {@value #MAX_SAVING_WEEKS} weeks (the plan then says so)
	 */
	public <T> Outcome<T> apply(List<Wanted<T>> wanted, List<Priced> services, Map<YearMonth, Money> bookedSpend,
			Money budget, boolean monthlyMinimum, YearMonth firstMonth, Money saving) {
		Money nothing = Money.zero(budget.currency());
		TreeMap<YearMonth, List<Wanted<T>>> byMonth = new TreeMap<>();
		wanted.forEach(massage -> byMonth.computeIfAbsent(YearMonth.from(massage.date()), month -> new ArrayList<>())
			.add(massage));
		if (firstMonth != null && !byMonth.isEmpty()) {
			// months without a massage save too
			for (YearMonth month = firstMonth; month.isBefore(byMonth.lastKey());
					month = month.plusMonths(1)) {
				byMonth.computeIfAbsent(month, empty -> new ArrayList<>());
			}
		}
		List<Kept<T>> kept = new ArrayList<>();
		List<Warning> warnings = new ArrayList<>();
		Money saved = nothing;
		for (Map.Entry<YearMonth, List<Wanted<T>>> month : byMonth.entrySet()) {
			Money spent = bookedSpend.getOrDefault(month.getKey(), nothing);
			Money available = saved.plus(saving.isMoreThan(budget) ? saving : budget);
			Map<Choice<T>, Reason> fromSavings = new IdentityHashMap<>();
			List<Choice<T>> keptThisMonth = new ArrayList<>();
			List<String> forgone = new ArrayList<>();
			List<Wanted<T>> byImportance = month.getValue()
				.stream()
				.sorted(Comparator.comparingInt((Wanted<T> massage) -> -massage.importance())
					.thenComparing(Wanted::date))
				.toList();
			for (Wanted<T> massage : byImportance) {
				Choice<T> choice = new Choice<>(massage, massage.modality(), massage.price(), null, null);
				if (!fits(spent, choice.price(), budget)) {
					Optional<Priced> cheaper = cheaper(services, choice.modality(), choice.price());
					if (cheaper.isPresent() && fits(spent, cheaper.get().price(), budget)) {
						choice = choice.with(cheaper.get(), shorter(cheaper.get(), massage));
					}
				}
				if (!fits(spent, choice.price(), budget) && massage.mayBecomeSports()
						&& choice.modality() != Modality.SPORTS) {
					Optional<Priced> sports = cheapest(services, Modality.SPORTS);
					if (sports.isPresent() && fits(spent, sports.get().price(), budget)) {
						choice = choice.with(sports.get(), insteadOf(sports.get(), massage));
					}
				}
				if (fits(spent, choice.price(), budget)) {
					spent = spent.plus(choice.price());
					keptThisMonth.add(choice);
				}
				else if (lowest(services, massage).filter(price -> price.isMoreThan(budget)).isPresent()
						&& savedFor(services, massage, choice, spent, available).isPresent()) {
					choice = savedFor(services, massage, choice, spent, available).orElseThrow();
					spent = spent.plus(choice.price());
					keptThisMonth.add(choice);
					fromSavings.put(choice, savedUp(choice.price(), budget, saving));
				}
				else {
					String named = TreatmentChoice.named(choice.modality());
					forgone.add("%s %s on %s".formatted("AEIOUaeiou".indexOf(named.charAt(0)) >= 0 ? "an" : "a", named,
							DAY.format(massage.date())));
				}
			}
			if (!forgone.isEmpty()) {
				warnings.add(forgoes(month.getKey(), String.join(", ", forgone), budget));
			}
			Money running = bookedSpend.getOrDefault(month.getKey(), nothing);
			for (Choice<T> choice : keptThisMonth.stream().sorted(Comparator.comparing(c -> c.wanted().date())).toList()) {
				running = running.plus(choice.price());
				Reason spentReason = fromSavings.containsKey(choice) ? fromSavings.get(choice)
						: reason(month.getKey(), running, budget);
				kept.add(new Kept<>(choice.wanted().massage(), Optional.ofNullable(choice.service()),
						Optional.ofNullable(choice.instead()), spentReason, keptThisMonth.get(0) == choice));
			}
			Money left = available.minus(spent);
			saved = left.isNegative() ? nothing : left;
		}
		if (monthlyMinimum) {
			Money cheapest = services.stream()
				.filter(service -> service.modality() != Modality.MOVEMENT_ASSESSMENT)
				.map(Priced::price)
				.min(Comparator.naturalOrder())
				.orElse(nothing);
			if (cheapest.isMoreThan(budget)) {
				warnings.add(cannotCoverMinimum(budget, cheapest));
			}
		}
		return new Outcome<>(List.copyOf(kept), List.copyOf(warnings));
	}

	/** One massage as the budget would take it: perhaps another service, perhaps a sports massage instead. */
	private record Choice<T>(Wanted<T> wanted, Modality modality, Money price, Priced service, Reason instead) {

		Choice<T> with(Priced other, Reason why) {
			return new Choice<>(wanted, other.modality(), other.price(), other, why);
		}

	}

	private Reason shorter(Priced service, Wanted<?> massage) {
		return INFO.reason(RuleTexts.text("planner.rule.FREQ-BUDGET.shorter", service.minutes(),
				TreatmentChoice.named(service.modality()), massage.minutes(), MONTH_ALONE.format(massage.date())));
	}

	private Reason insteadOf(Priced sports, Wanted<?> massage) {
		return INFO.reason(RuleTexts.text("planner.rule.FREQ-BUDGET.sports", sports.minutes(),
				massage.focusAreas().isEmpty() ? ""
						: RuleTexts.text("planner.rule.FREQ-BUDGET.sportsOn", massage.focusAreas().get(0).inSentence()),
				TreatmentChoice.named(massage.modality()), MONTH_ALONE.format(massage.date())));
	}

	/** Without a bigger budget, saving up takes at most this long: the plan then sets aside more and says so. */
	public static final int MAX_SAVING_WEEKS = 8;

	/** Saving up for a massage takes at least this long: a budget under one massage a month means one every 6–8 weeks. */
	public static final int MIN_SAVING_WEEKS = 6;

	/** Average days in a month, to turn a monthly budget into days of saving. */
	static final double DAYS_PER_MONTH = 365.2425 / 12;

	/** The least the massage can cost: its cheapest service, or the cheapest sports massage for a regular one. */
	private static Optional<Money> lowest(List<Priced> services, Wanted<?> massage) {
		return services.stream()
			.filter(service -> service.modality() == massage.modality()
					|| massage.mayBecomeSports() && service.modality() == Modality.SPORTS)
			.map(Priced::price)
			.min(Comparator.naturalOrder());
	}

	/** The massage as savings pay for it: as wanted, else its cheapest service, else the cheapest sports massage. */
	private <T> Optional<Choice<T>> savedFor(List<Priced> services, Wanted<T> massage, Choice<T> choice, Money spent,
			Money available) {
		Choice<T> wanted = new Choice<>(massage, massage.modality(), massage.price(), null, null);
		if (fits(spent, wanted.price(), available)) {
			return Optional.of(wanted);
		}
		Optional<Priced> same = cheapest(services, massage.modality())
			.filter(service -> massage.price().isMoreThan(service.price()));
		if (same.isPresent() && fits(spent, same.get().price(), available)) {
			return Optional.of(wanted.with(same.get(), shorter(same.get(), massage)));
		}
		Optional<Priced> sports = cheapest(services, Modality.SPORTS);
		if (massage.mayBecomeSports() && massage.modality() != Modality.SPORTS && sports.isPresent()
				&& fits(spent, sports.get().price(), available)) {
			return Optional.of(wanted.with(sports.get(), insteadOf(sports.get(), massage)));
		}
		return Optional.empty();
	}

	/**
	 * Days of saving a massage at this price takes: none when the budget pays for it in a month; else the days the
	 * budget takes to save it, between {@value #MIN_SAVING_WEEKS} and {@value #MAX_SAVING_WEEKS} weeks.
	 */
	public int savingDays(Money price, Money budget) {
		if (price.isAtMost(budget)) {
			return 0;
		}
		double days = budget.isZero() ? Double.MAX_VALUE
				: Math.ceil(price.minorUnits() * DAYS_PER_MONTH / budget.minorUnits());
		return (int) Math.max(MIN_SAVING_WEEKS * 7, Math.min(MAX_SAVING_WEEKS * 7, days));
	}

	/** What must be set aside a month to pay for a massage at this price every {@value #MAX_SAVING_WEEKS} weeks. */
	public Money saving(Money price, Money budget) {
		long unit = (long) Math.pow(10, Math.max(0, budget.currency().getDefaultFractionDigits()));
		long needed = (long) Math.ceil(price.minorUnits() * DAYS_PER_MONTH / (MAX_SAVING_WEEKS * 7) / unit) * unit;
		return needed > budget.minorUnits() ? new Money(needed, budget.currency()) : budget;
	}

	public Reason savedUp(Money price, Money budget, Money saving) {
		if (saving.isMoreThan(budget)) {
			return INFO.reason(RuleTexts.text("planner.rule.FREQ-BUDGET.savedUpMore", price.formatWhole(Locale.UK),
					saving.formatWhole(Locale.UK), budget.formatWhole(Locale.UK)));
		}
		return INFO.reason(RuleTexts.text("planner.rule.FREQ-BUDGET.savedUp", price.formatWhole(Locale.UK),
				budget.formatWhole(Locale.UK)));
	}

	/** A budget under one massage a month saves up for one every few weeks, said plainly. */
	public Warning savesUp(Money budget, Money cheapest, int weeks, Money saving) {
		if (saving.isMoreThan(budget)) {
			return INFO.warning(RuleTexts.text("planner.rule.FREQ-BUDGET.savesUpMore", budget.formatWhole(Locale.UK),
					cheapest.formatWhole(Locale.UK), weeks, saving.formatWhole(Locale.UK)));
		}
		return INFO.warning(RuleTexts.text("planner.rule.FREQ-BUDGET.savesUp", budget.formatWhole(Locale.UK),
				cheapest.formatWhole(Locale.UK), weeks));
	}

	/** The dearest service of the same kind that is still cheaper. */
	private static Optional<Priced> cheaper(List<Priced> services, Modality modality, Money price) {
		return services.stream()
			.filter(service -> service.modality() == modality && price.isMoreThan(service.price()))
			.max(Comparator.comparing(Priced::price));
	}

	private static Optional<Priced> cheapest(List<Priced> services, Modality modality) {
		return services.stream()
			.filter(service -> service.modality() == modality)
			.min(Comparator.comparing(Priced::price));
	}

	public boolean fits(Money spent, Money price, Money budget) {
		return spent.plus(price).isAtMost(budget);
	}

	public Reason reason(YearMonth month, Money spent, Money budget) {
		return INFO.reason(RuleTexts.text("planner.rule.FREQ-BUDGET.spent", spent.formatWhole(Locale.UK),
				budget.formatWhole(Locale.UK), MONTH.format(month)));
	}

	/** A massage a package the runner bought still pays for: it costs the month's budget nothing. */
	public Reason paidByPackage(LocalDate expiresOn) {
		return INFO.reason(RuleTexts.text("planner.rule.FREQ-BUDGET.paidByPackage", DAY.format(expiresOn),
				expiresOn.getYear()));
	}

	public Warning forgoes(YearMonth month, String what, Money budget) {
		return INFO.warning(RuleTexts.text("planner.rule.FREQ-BUDGET.leavesOut", MONTH.format(month),
				budget.formatWhole(Locale.UK), what));
	}

	public Warning cannotCoverMinimum(Money budget, Money cheapest) {
		return INFO.warning(RuleTexts.text("planner.rule.FREQ-BUDGET.belowMinimum", budget.formatWhole(Locale.UK),
				cheapest.formatWhole(Locale.UK)));
	}

}
