package io.runrub.planner.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CARE-WARMUP: dynamic stretches to warm up, static stretches to cool down — never the other way round. */
class WarmUpDynamicCoolDownStaticTests {

	final WarmUpDynamicCoolDownStatic rule = new WarmUpDynamicCoolDownStatic();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(WarmUpDynamicCoolDownStatic.INFO);
		assertThat(rule.id()).isEqualTo("CARE-WARMUP");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
		assertThat(rule.info().evidenceNote()).contains("small, short-lived gain in flexibility");
	}

	@Test
	void remindsDynamicToWarmUpAndStaticToCoolDown() {
		Reason reminder = rule.reminder();
		assertThat(reminder.rule()).isEqualTo("CARE-WARMUP");
		assertThat(reminder.evidence()).isEqualTo(EvidenceGrade.WEAK);
		assertThat(reminder.text())
			.isEqualTo("Between massages: warm up with dynamic stretches, cool down with static ones.");
	}

}
