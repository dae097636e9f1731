package io.runrub.planner.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's rules are plain Java: no framework, no database, no logging, no clock — time and inputs come in as
 * arguments — and they see only plain value types of other modules. Each ArchUnit rule is also run against a class
 * that breaks it, so none of them can pass because it checks nothing.
 */
class PlannerRulesArchitectureTests {

	static final String RULES = "io.runrub.planner.rules..";

	static final ArchRule NO_FRAMEWORK_DATABASE_OR_LOGGING = noClasses().that()
		.resideInAPackage(RULES)
		.and()
		.doNotHaveSimpleName("package-info")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta..", "javax.sql..", "java.sql..", "org.slf4j..")
		.because("the rules are plain Java that a test can call without Spring, a database or a logger");

	static final ArchRule NO_CLOCK = noClasses().that()
		.resideInAPackage(RULES)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Clock.class)
		.because("time comes in as an argument");

	static final ArchRule NO_NOW = noClasses().that()
		.resideInAPackage(RULES)
		.should()
		.callMethodWhere(DescribedPredicate.describe("now() of a java.time type",
				(JavaMethodCall call) -> call.getName().equals("now")
						&& call.getTargetOwner().getPackageName().equals("java.time")))
		.because("today is an argument: LocalDate.now(), Instant.now() and the like make a rule depend on when it runs");

	static final ArchRule NO_SYSTEM_TIME = noClasses().that()
		.resideInAPackage(RULES)
		.should()
		.callMethod(System.class, "currentTimeMillis")
		.orShould()
		.callMethod(System.class, "nanoTime")
		.because("time comes in as an argument");

	static final ArchRule ONLY_PLAIN_VALUES = classes().that()
		.resideInAPackage(RULES)
		.and()
		.doNotHaveSimpleName("package-info")
		.should()
		.onlyDependOnClassesThat(resideInAnyPackage("java..", "io.runrub.shared..", RULES).or(
				belongToAnyOf(Complaint.class, ComplaintKind.class, Goal.class, Level.class, RacePriority.class)))
		.because("a rule sees plain values: the JDK, shared value types, and the enums and records it reads from "
				+ "runners and training — never their aggregates or services");

	static final JavaClasses RULE_CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.runrub.planner.rules");

	@Test
	void theRulesAreImported() {
		assertThat(RULE_CLASSES.contain(AfterHardSessions.class)).isTrue();
		assertThat(RULE_CLASSES.contain(RuleCatalogue.class)).isTrue();
		assertThat(RULE_CLASSES.contain(PlannerRulesArchitectureTests.class)).as("tests are not rules").isFalse();
	}

	@Test
	void rulesDependOnNoFrameworkDatabaseOrLogging() {
		NO_FRAMEWORK_DATABASE_OR_LOGGING.check(RULE_CLASSES);
	}

	@Test
	void rulesNeverHoldAClock() {
		NO_CLOCK.check(RULE_CLASSES);
	}

	@Test
	void rulesNeverAskJavaTimeForNow() {
		NO_NOW.check(RULE_CLASSES);
	}

	@Test
	void rulesNeverReadTheSystemTime() {
		NO_SYSTEM_TIME.check(RULE_CLASSES);
	}

	@Test
	void rulesOnlySeeTheJdkSharedValuesAndPlainValuesOfOtherModules() {
		ONLY_PLAIN_VALUES.check(RULE_CLASSES);
	}

	// Each rule against a class that breaks it: the check must fail, and name the offending dependency.

	@Test
	void aRuleUsingSpringADatabaseOrALoggerIsCaught() {
		assertThat(violations(NO_FRAMEWORK_DATABASE_OR_LOGGING, UsesFrameworks.class)).anySatisfy(
				detail -> assertThat(detail).contains("org.springframework.util.StringUtils"))
			.anySatisfy(detail -> assertThat(detail).contains("jakarta.annotation.PostConstruct"))
			.anySatisfy(detail -> assertThat(detail).contains("javax.sql.DataSource"))
			.anySatisfy(detail -> assertThat(detail).contains("java.sql.Timestamp"))
			.anySatisfy(detail -> assertThat(detail).contains("org.slf4j.Logger"));
	}

	@Test
	void aRuleHoldingAClockIsCaught() {
		assertThat(violations(NO_CLOCK, HoldsAClock.class))
			.anySatisfy(detail -> assertThat(detail).contains("java.time.Clock"));
	}

	@Test
	void aRuleAskingForNowIsCaught() {
		assertThat(violations(NO_NOW, AsksForNow.class))
			.anySatisfy(detail -> assertThat(detail).contains("LocalDate.now()"))
			.anySatisfy(detail -> assertThat(detail).contains("Instant.now()"))
			.anySatisfy(detail -> assertThat(detail).contains("LocalDateTime.now()"))
			.anySatisfy(detail -> assertThat(detail).contains("ZonedDateTime.now()"));
	}

	@Test
	void aRuleReadingTheSystemTimeIsCaught() {
		assertThat(violations(NO_SYSTEM_TIME, ReadsTheSystemTime.class))
			.anySatisfy(detail -> assertThat(detail).contains("System.currentTimeMillis()"));
	}

	@Test
	void aRuleTakingAWholeRunnerProfileIsCaught() {
		assertThat(violations(ONLY_PLAIN_VALUES, TakesARunnerProfile.class))
			.anySatisfy(detail -> assertThat(detail).contains("io.runrub.runners.RunnerProfile"));
	}

	static java.util.List<String> violations(ArchRule rule, Class<?> breaker) {
		EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(breaker));
		assertThat(result.hasViolation()).as("%s breaks: %s", breaker.getSimpleName(), rule.getDescription()).isTrue();
		return result.getFailureReport().getDetails();
	}

	static final class UsesFrameworks {

		private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UsesFrameworks.class);

		private javax.sql.DataSource dataSource;

		@jakarta.annotation.PostConstruct
		void start() {
			log.info("started");
		}

		boolean blank(String text, java.sql.Timestamp at) {
			return !org.springframework.util.StringUtils.hasText(text) || at == null || dataSource == null;
		}

	}

	static final class HoldsAClock {

		private final Clock clock;

		HoldsAClock(Clock clock) {
			this.clock = clock;
		}

		Clock clock() {
			return clock;
		}

	}

	static final class AsksForNow {

		boolean late() {
			return LocalDate.now().isAfter(LocalDate.EPOCH) && Instant.now().isAfter(Instant.EPOCH)
					&& LocalDateTime.now().getYear() > 1970 && ZonedDateTime.now().getYear() > 1970;
		}

	}

	static final class ReadsTheSystemTime {

		long now() {
			return System.currentTimeMillis();
		}

	}

	static final class TakesARunnerProfile {

		int days(RunnerProfile profile) {
			return profile.trainingDaysPerWeek();
		}

	}

}
