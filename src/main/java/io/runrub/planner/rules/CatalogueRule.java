package io.runrub.planner.rules;

/** A rule of the catalogue: each is one class in this package, with its id, source and evidence grade. */
public interface CatalogueRule {

	RuleInfo info();

	default String id() {
		return info().id();
	}

}
