package io.runrub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Every integration test starts the application the same way — the shared configuration with the fixed clock
 * ({@code support.RunRubIntegrationTest}, or {@code support.RunRubJourney} for browser journeys) — so that Spring
 * caches a handful of contexts for the whole run and no test depends on today's date. Only the tests of demo mode's
 * own start-up configure the application themselves.
 */
class TestConventionsTests {

	private final JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("io.runrub");

	@Test
	void integrationTestsUseTheSharedConfiguration() {
		noClasses().that()
			.resideOutsideOfPackage("io.runrub.support..")
			.and()
			.doNotHaveSimpleName("InDemoMode")
			.and()
			.doNotHaveSimpleName("OutsideDemoMode")
			.should()
			.beAnnotatedWith(SpringBootTest.class)
			.because("integration tests use RunRubIntegrationTest or RunRubJourney (fixed clock, shared contexts)")
			.check(tests);
	}

}
