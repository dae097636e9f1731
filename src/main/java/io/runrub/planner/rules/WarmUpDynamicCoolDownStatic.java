package io.runrub.planner.rules;

/** CARE-WARMUP: remind dynamic stretches to warm up, static stretches to cool down. */
public final class WarmUpDynamicCoolDownStatic implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("CARE-WARMUP", "S1", EvidenceGrade.WEAK,
			"Warm up with dynamic (moving) stretches; cool down with static stretches.",
			"A good warm up including dynamic (moving) stretches, and a cool down with static stretches to encourage "
					+ "your muscles to retain their length and flexibility.",
			"Common practice; static stretching gives a small, short-lived gain in flexibility.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public Reason reminder() {
		return INFO.reason("Between massages: warm up with dynamic stretches, cool down with static ones.");
	}

}
