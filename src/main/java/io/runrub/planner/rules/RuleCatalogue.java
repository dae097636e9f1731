package io.runrub.planner.rules;

import java.util.List;
import java.util.Optional;

/** Every rule of the catalogue, in the catalogue's order, for the Evidence page and for checks. */
public final class RuleCatalogue {

	public static final List<CatalogueRule> RULES = List.of(new InjuryCallsForArt(),
			new ProblemAreaCallsForDeepTissue(), new RelaxationCallsForSwedish(), new TrainingBlockCallsForSports(),
			new ToleranceLimitsPressure(), new RecurringPainCallsForMovementAssessment(), new AfterHardSessions(),
			new LightMassageBeforeRace(), new NoDeepWorkInRaceWindow(), new RestDayPreferred(),
			new DeepWorkIsAWorkout(), new MonthlyMinimum(), new FrequencyFollowsLoad(), new BudgetKeepsWhatItCanPay(),
			new BookAhead(), new TherapistSharesFindings(), new TightCalvesPointToHills(), new HomeworkIsSpelledOut(),
			new AdaptHomeworkThatDoesNotFit(), new LookElsewhereWhenHomeworkFails(),
			new WarmUpDynamicCoolDownStatic(), new CheckInWithYourBody(), new StopAnswersBlockMassage(),
			new RestrictionsLimitTreatment(), new TherapistFit());

	private RuleCatalogue() {
	}

	public static List<RuleInfo> all() {
		return RULES.stream().map(CatalogueRule::info).toList();
	}

	public static Optional<RuleInfo> byId(String id) {
		return all().stream().filter(info -> info.id().equals(id)).findFirst();
	}

}
