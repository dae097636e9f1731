package io.runrub.planner.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static io.runrub.planner.rules.EvidenceGrade.MODERATE;
import static io.runrub.planner.rules.EvidenceGrade.NONE;
import static io.runrub.planner.rules.EvidenceGrade.NOT_GRADED;
import static io.runrub.planner.rules.EvidenceGrade.WEAK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of product.md, in code: every rule once, with its source and grade; and nothing the rules say makes a
 * claim that evidence.md says RunRub never makes.
 */
class RuleCatalogueTests {

	/** A row of the catalogue in product.md: "—" grades and the safety tiers' practice-based notes are not graded. */
	record Row(String id, String sources, EvidenceGrade grade) {
	}

	static final List<Row> PRODUCT_MD = List.of(new Row("TYPE-INJURY-ART", "S0", WEAK),
			new Row("TYPE-AREA-DEEP", "S0", WEAK), new Row("TYPE-RELAX-SWEDISH", "S0", MODERATE),
			new Row("TYPE-MAINTAIN-SPORTS", "S1", WEAK), new Row("TYPE-TOLERANCE", "S0", WEAK),
			new Row("TYPE-REFER-MOVEMENT", "S0, S1", WEAK), new Row("TIME-AFTER-HARD", "S0", WEAK),
			new Row("TIME-BEFORE-RACE", "S0, S1", WEAK), new Row("TIME-RACE-WINDOW", "S1", WEAK),
			new Row("TIME-REST-DAY", "S1", WEAK), new Row("TIME-DEEP-IS-WORKOUT", "S1", WEAK),
			new Row("FREQ-MONTHLY-MIN", "S0", NONE), new Row("FREQ-SCALE-LOAD", "S0", NONE),
			new Row("FREQ-BUDGET", "S0", NOT_GRADED), new Row("FREQ-BOOK-AHEAD", "S1", NOT_GRADED),
			new Row("CARE-FEEDBACK", "S1", NOT_GRADED), new Row("CARE-CALF-HILLS", "S1", WEAK),
			new Row("CARE-HOMEWORK", "S1", NOT_GRADED), new Row("CARE-ADAPT", "S1", NOT_GRADED),
			new Row("CARE-ELSEWHERE", "S1", NOT_GRADED), new Row("CARE-WARMUP", "S1", WEAK),
			new Row("CARE-BODY-CHECKIN", "S1", NOT_GRADED), new Row("SAFE-STOP", "—", NOT_GRADED),
			new Row("SAFE-RESTRICT", "—", NOT_GRADED), new Row("TYPE-THERAPIST-FIT", "S1", NOT_GRADED));

	/** What evidence.md says RunRub never claims, each as a pattern that matches the claim's words. */
	static final Map<String, Pattern> NEVER_CLAIMED = new LinkedHashMap<>();

	static {
		NEVER_CLAIMED.put("flushes", words("\\bflush"));
		NEVER_CLAIMED.put("lactic acid", words("\\blactic"));
		NEVER_CLAIMED.put("circulation", words("\\bcirculat"));
		NEVER_CLAIMED.put("blood flow", words("\\bblood[- ]?flow"));
		NEVER_CLAIMED.put("heals", words("\\bheal(s|ed|ing)?\\b"));
		NEVER_CLAIMED.put("micro-tears", words("\\bmicro[- ]?tears?"));
		NEVER_CLAIMED.put("endorphins", words("\\bendorphin"));
		NEVER_CLAIMED.put("faster recovery",
				words("\\b(faster|quicker|speedier) recover|\\brecover(s|y)? (faster|quicker)|\\bspeeds?( up)?( your)? recovery"));
		NEVER_CLAIMED.put("prevents injury", words("\\bprevent(s|ing)?( an| your)? injur|\\binjury prevention|\\bprevention of injur"));
	}

	/** A clause that reports a finding against a claim: "did not speed it up", "found no rise", "won't". */
	static final Pattern NEGATION = words("\\b(no|not|never|nor|neither|without|cannot)\\b|n't\\b");

	/** Clauses: split at sentence and clause punctuation, and at "but", which turns a finding around. */
	static final Pattern CLAUSE = words("[.;:!?,]|\\bbut\\b");

	static Pattern words(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
	}

	/** The claims a text mentions at all: for what the runner reads as RunRub's own words. */
	static List<String> claimsIn(String text) {
		return NEVER_CLAIMED.entrySet()
			.stream()
			.filter(claim -> claim.getValue().matcher(text).find())
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The claims a text makes: a clause that mentions one without a negation. For evidence notes. */
	static List<String> claimsAffirmedIn(String text) {
		List<String> affirmed = new ArrayList<>();
		for (String clause : CLAUSE.split(text)) {
			if (!NEGATION.matcher(clause).find()) {
				affirmed.addAll(claimsIn(clause));
			}
		}
		return affirmed;
	}

	@Test
	void everyIdOfTheCatalogueAppearsExactlyOnceWithItsSourcesAndGrade() {
		Map<String, Long> counts = RuleCatalogue.all()
			.stream()
			.collect(Collectors.groupingBy(RuleInfo::id, Collectors.counting()));
		for (Row row : PRODUCT_MD) {
			assertThat(counts.get(row.id())).as(row.id()).isEqualTo(1L);
			assertThat(RuleCatalogue.byId(row.id())).as(row.id()).hasValueSatisfying(info -> {
				assertThat(info.grade()).as("grade of %s", row.id()).isEqualTo(row.grade());
				assertThat(info.sources()).as("sources of %s", row.id()).isEqualTo(row.sources());
			});
		}
	}

	@Test
	void theCodeHasNoRuleTheCatalogueDoesNotAndKeepsItsOrder() {
		assertThat(RuleCatalogue.all()).extracting(RuleInfo::id)
			.containsExactlyElementsOf(PRODUCT_MD.stream().map(Row::id).toList());
		assertThat(PRODUCT_MD).hasSize(25);
	}

	@Test
	void anUnknownIdFindsNothing() {
		assertThat(RuleCatalogue.byId("TIME-WHENEVER")).isEmpty();
	}

	@Test
	void everyRuleClassOfThePackageIsInTheCatalogueAndEachRuleIsItsOwnClass() {
		Set<String> ruleClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.runrub.planner.rules")
			.stream()
			.filter(type -> !type.isInterface() && type.isAssignableTo(CatalogueRule.class))
			.map(JavaClass::getName)
			.collect(Collectors.toSet());
		assertThat(ruleClasses).hasSize(PRODUCT_MD.size());
		assertThat(RuleCatalogue.RULES).extracting(rule -> rule.getClass().getName())
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(ruleClasses);
	}

	@Test
	void everyRuleIsWrittenOutForTheEvidencePage() {
		assertThat(RuleCatalogue.all()).allSatisfy(info -> {
			assertThat(info.rule()).as("rule of %s", info.id()).isNotBlank().endsWith(".");
			assertThat(info.sourceSentence()).as("source sentence of %s", info.id()).isNotBlank();
			assertThat(info.evidenceNote()).as("evidence note of %s", info.id()).isNotBlank().endsWith(".");
		});
	}

	@Test
	void noRuleTextOrSourceSentenceMentionsAClaimRunRubNeverMakes() {
		assertThat(RuleCatalogue.all()).allSatisfy(info -> {
			assertThat(claimsIn(info.rule())).as("rule of %s: %s", info.id(), info.rule()).isEmpty();
			assertThat(claimsIn(info.sourceSentence())).as("source sentence of %s: %s", info.id(), info.sourceSentence())
				.isEmpty();
		});
	}

	@Test
	void evidenceNotesMayReportFindingsAgainstAClaimButNeverMakeOne() {
		assertThat(RuleCatalogue.all()).allSatisfy(info -> assertThat(claimsAffirmedIn(info.evidenceNote()))
			.as("evidence note of %s: %s", info.id(), info.evidenceNote())
			.isEmpty());
	}

	@Test
	void noReasonOrWarningTheRulesWriteMentionsAClaimRunRubNeverMakes() {
		List<String> texts = sample().stream().map(Said::text).toList();
		assertThat(texts).hasSizeGreaterThan(100);
		for (String text : texts) {
			assertThat(claimsIn(text)).as(text).isEmpty();
		}
	}

	@Test
	void everyRuleThatSpeaksToTheRunnerIsInTheSample() {
		Set<String> silent = Set.of("CARE-FEEDBACK", "CARE-HOMEWORK");
		assertThat(sample().stream().map(Said::rule).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(
				PRODUCT_MD.stream().map(Row::id).filter(id -> !silent.contains(id)).toList());
	}

	@Test
	void everyReasonCarriesTheGradeOfItsRule() {
		Map<String, EvidenceGrade> grades = RuleCatalogue.all()
			.stream()
			.collect(Collectors.toMap(RuleInfo::id, RuleInfo::grade));
		assertThat(sample()).filteredOn(said -> said.grade() != null)
			.allSatisfy(said -> assertThat(said.grade()).as(said.text()).isEqualTo(grades.get(said.rule())));
	}

	@Test
	void reasonsAndWarningsReadAsPlainSentences() {
		for (Said said : sample()) {
			assertThat(said.text()).as(said.rule())
				.matches("[\\p{Lu}\\p{Sc}0-9\"].*[.?]")
				.doesNotContain("null", "  ", "your around", "_");
		}
	}

	@Test
	void noReasonWarningOrAdjustmentShowsACodeName() {
		List<String> codes = new ArrayList<>();
		for (Class<? extends Enum<?>> type : List.of(Modality.class, Pressure.class, ComplaintKind.class,
				BodyArea.class, Goal.class, io.runrub.shared.VisitWish.class)) {
			for (Enum<?> constant : type.getEnumConstants()) {
				codes.add(constant.name());
			}
		}
		io.runrub.runners.IntakeQuestions.all().forEach(question -> codes.add(question.id()));
		List<Said> said = new ArrayList<>(sample());
		RestrictionsLimitTreatment restrict = new RestrictionsLimitTreatment();
		StopAnswersBlockMassage stop = new StopAnswersBlockMassage();
		io.runrub.runners.IntakeQuestions.all().forEach(question -> {
			restrict.check(List.of(question.id())).ifPresent(warning -> said.add(Said.of(warning)));
			stop.check(List.of(question.id())).ifPresent(warning -> said.add(Said.of(warning)));
		});
		for (Said one : said) {
			for (String code : codes) {
				assertThat(one.text()).as(one.rule()).doesNotContain(code.length() > 2 ? code : code + " ");
			}
			assertThat(one.text()).as(one.rule()).doesNotContain("active release", "ART ", "ART.", "ART,");
		}
	}

	@Test
	void theClaimCheckCatchesEachClaimAndLetsAHealthAnswerThrough() {
		Map<String, String> claims = Map.of("flushes", "Massage flushes out waste.", "lactic acid",
				"It clears lactic acid.", "circulation", "Improves circulation to speed recovery.", "blood flow",
				"It boosts blood flow to your legs.", "heals", "Helps heal micro-tears.", "micro-tears",
				"Repairs microtears.", "endorphins", "Releases endorphins.", "faster recovery",
				"For a faster recovery after your long run.", "prevents injury", "Good for the prevention of injuries.");
		claims.forEach((claim, text) -> assertThat(claimsIn(text)).as(text).contains(claim));
		assertThat(claimsAffirmedIn("Massage flushes lactic acid out of tired legs.")).contains("flushes",
				"lactic acid");
		assertThat(claimsIn("Some health answers mean no massage for now.")).isEmpty();
	}

	@Test
	void theNoteCheckAllowsFindingsAgainstAClaimButNotTheClaim() {
		List<String> findings = List.of("Lactate clears by itself within about an hour; massage did not flush it.",
				"Warms the skin but does not raise blood flow to working muscle.",
				"Only lab and animal signals; no human study shows it heals micro-tears faster.",
				"The one controlled study found no rise in endorphins.",
				"The largest review found no faster recovery of strength, speed or endurance.",
				"Massage won't improve circulation.");
		assertThat(findings).allSatisfy(note -> assertThat(claimsAffirmedIn(note)).as(note).isEmpty());
		List<String> claims = List.of("Improves circulation.", "It is not painful, but it heals micro-tears.",
				"Warms the skin and raises blood flow.", "Releases endorphins; you will feel great.",
				"Regular massage helps prevent injuries.");
		assertThat(claims).allSatisfy(note -> assertThat(claimsAffirmedIn(note)).as(note).isNotEmpty());
	}

	/** Something a rule says to the runner; grade is null for warnings. */
	record Said(String rule, String text, EvidenceGrade grade) {

		static Said of(Reason reason) {
			return new Said(reason.rule(), reason.text(), reason.evidence());
		}

		static Said of(Warning warning) {
			return new Said(warning.rule(), warning.text(), null);
		}

	}

	/** The reasons and warnings every rule writes, over a spread of inputs: every area, kind, modality, race. */
	static List<Said> sample() {
		List<Said> said = new ArrayList<>();
		Function<TreatmentChoice, List<Said>> all = choice -> {
			List<Said> from = new ArrayList<>();
			choice.reasons().forEach(reason -> from.add(Said.of(reason)));
			choice.warnings().forEach(warning -> from.add(Said.of(warning)));
			choice.adjustments().forEach(adjustment -> from.add(new Said(adjustment.rule(), adjustment.text(), null)));
			return from;
		};
		LocalDate today = LocalDate.of(2026, 3, 1);
		for (BodyArea area : BodyArea.values()) {
			for (ComplaintKind kind : ComplaintKind.values()) {
				for (LocalDate since : new LocalDate[] { today, today.minusYears(1), null }) {
					List<Complaint> complaints = List.of(new Complaint(area, kind, since, 8));
					new InjuryCallsForArt().choose(complaints, today).map(all).ifPresent(said::addAll);
					new InjuryCallsForArt().clinicianFirst(complaints).forEach(warning -> said.add(Said.of(warning)));
					new ProblemAreaCallsForDeepTissue().choose(List.of(new Complaint(area, kind, since, 3)))
						.map(all)
						.ifPresent(said::addAll);
				}
			}
			new RecurringPainCallsForMovementAssessment().choose(Set.of(area), false).map(all).ifPresent(said::addAll);
		}
		new RecurringPainCallsForMovementAssessment().choose(Set.of(), true).map(all).ifPresent(said::addAll);
		new RelaxationCallsForSwedish().choose(EnumSet.allOf(Goal.class)).map(all).ifPresent(said::addAll);
		said.add(Said.of(new RelaxationCallsForSwedish().beforeRace()));
		said.addAll(all.apply(new TrainingBlockCallsForSports().choose()));
		for (Modality modality : Modality.values()) {
			for (Pressure tolerance : Pressure.values()) {
				TreatmentChoice choice = new TreatmentChoice(modality, Pressure.FIRM, List.of(BodyArea.CALVES),
						List.of(), List.of());
				said.addAll(all.apply(new ToleranceLimitsPressure().apply(choice, tolerance)));
				said.addAll(all.apply(new RestrictionsLimitTreatment().apply(choice, true)));
			}
		}

		LocalDate race = LocalDate.of(2026, 4, 26);
		TrainingDays days = new TrainingDays(List.of(new TrainingDay(race.minusDays(10), true, false, false, "intervals"),
				new TrainingDay(race.minusDays(9), false, false, false, "easy run"),
				new TrainingDay(race, true, true, false, "race: Riverside Marathon")));
		for (int offset = -12; offset <= 3; offset++) {
			LocalDate day = race.plusDays(offset);
			new AfterHardSessions().fits(day, days).ifPresent(reason -> said.add(Said.of(reason)));
			new RestDayPreferred().fits(day, days).ifPresent(reason -> said.add(Said.of(reason)));
			for (Modality modality : Modality.values()) {
				new DeepWorkIsAWorkout().forbids(day, modality, days).ifPresent(reason -> said.add(Said.of(reason)));
				for (RacePriority priority : RacePriority.values()) {
					List<RaceDay> races = List.of(new RaceDay(race, "Riverside Marathon", priority));
					new NoDeepWorkInRaceWindow().forbids(day, modality, races)
						.ifPresent(reason -> said.add(Said.of(reason)));
					new NoDeepWorkInRaceWindow().warnAbout(day, modality, races)
						.ifPresent(warning -> said.add(Said.of(warning)));
				}
			}
		}
		TherapistFit fit = new TherapistFit();
		for (io.runrub.shared.VisitWish wish : io.runrub.shared.VisitWish.values()) {
			fit.why(new TherapistFit.Candidate(1, "John", Set.of(io.runrub.shared.VisitWish.values()), 0),
					new TherapistFit.Wishes(null, Set.of(), Set.of(wish)))
				.ifPresent(reason -> said.add(Said.of(reason)));
		}
		fit.why(new TherapistFit.Candidate(2, "Mike", Set.of(io.runrub.shared.VisitWish.values()), 0),
				new TherapistFit.Wishes(null, Set.of(), Set.of(io.runrub.shared.VisitWish.values())))
			.ifPresent(reason -> said.add(Said.of(reason)));
		said.add(Said.of(fit.lengthKept(30)));
		LightMassageBeforeRace beforeRace = new LightMassageBeforeRace();
		RaceDay marathon = new RaceDay(race, "Riverside Marathon", RacePriority.A);
		beforeRace.days(marathon).forEach(day -> said.add(Said.of(beforeRace.reason(marathon, day))));

		for (int trainingDays = 3; trainingDays <= 7; trainingDays++) {
			said.add(Said.of(new MonthlyMinimum().reason(trainingDays)));
		}
		FrequencyFollowsLoad frequency = new FrequencyFollowsLoad();
		for (int interval : new int[] { 7, 14, 28 }) {
			said.add(Said.of(frequency.reason(5, interval)));
		}
		said.add(Said.of(frequency.spike()));
		said.add(Said.of(frequency.spikeReason()));
		BudgetKeepsWhatItCanPay budget = new BudgetKeepsWhatItCanPay();
		said.add(Said.of(budget.reason(YearMonth.of(2026, 3), Money.of(6550, "GBP"), Money.of(13000, "GBP"))));
		said.add(Said.of(budget.forgoes(YearMonth.of(2026, 3), "a deep tissue massage on 12 March", Money.of(6500, "GBP"))));
		said.add(Said.of(budget.cannotCoverMinimum(Money.of(3000, "GBP"), Money.of(4000, "GBP"))));
		said.add(Said.of(new BookAhead().reason()));

		TightCalvesPointToHills calves = new TightCalvesPointToHills();
		calves.evaluate(3, 4, 3, 1, 450, 300).ifPresent(reason -> said.add(Said.of(reason)));
		calves.evaluate(3, 4, 1, 1, 300, 300).ifPresent(reason -> said.add(Said.of(reason)));
		AdaptHomeworkThatDoesNotFit adapt = new AdaptHomeworkThatDoesNotFit();
		adapt.evaluate("Calf raises", 4, 0, 3).ifPresent(reason -> said.add(Said.of(reason)));
		adapt.evaluate("Calf raises", 4, 3, 0).ifPresent(reason -> said.add(Said.of(reason)));
		new LookElsewhereWhenHomeworkFails().evaluate("Calf stretch", List.of(3, 3, 3))
			.ifPresent(reason -> said.add(Said.of(reason)));
		said.add(Said.of(new WarmUpDynamicCoolDownStatic().reminder()));
		new CheckInWithYourBody().invite(null, today).ifPresent(reason -> said.add(Said.of(reason)));
		new StopAnswersBlockMassage().check(List.of("new unexplained calf swelling", "fever"))
			.ifPresent(warning -> said.add(Said.of(warning)));
		new RestrictionsLimitTreatment().check(List.of("blood thinners", "pregnancy"))
			.ifPresent(warning -> said.add(Said.of(warning)));
		return said;
	}

}
