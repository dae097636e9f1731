package io.runrub.accounts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Spring Security stays at the edges: the accounts module (which configures it and holds the signed-in user) and the
 * web layers (which turn the signed-in user into an {@link Actor}). Use cases and the domain see only {@code Actor}.
 * Role gates are URL rules ({@link AccessRules}), never method annotations.
 */
class SecurityArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.runrub");

	@Test
	void onlyAccountsAndWebLayersSeeSpringSecurity() {
		noClasses().that()
			.resideOutsideOfPackages("io.runrub.accounts..", "..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.security..")
			.because("use cases receive an Actor, never anything of Spring Security")
			.check(MAIN);
	}

	@Test
	void roleGatesAreUrlRulesNotMethodAnnotations() {
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.security.access.prepost.PreAuthorize")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.security.access.annotation.Secured")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.annotation.security.RolesAllowed")
			.because("each module's role gates live in its AccessRules component")
			.check(MAIN);
	}

}
