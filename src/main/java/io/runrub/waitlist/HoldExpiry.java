package io.runrub.waitlist;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Passes slots whose hold ran out to the next waiting runner, on one instance at a time. */
@Component
class HoldExpiry {

	private final WaitlistOffers offers;

	private final Clock clock;

	HoldExpiry(WaitlistOffers offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${runrub.waitlist.expiry-interval:PT1M}")
	@SchedulerLock(name = "waitlist-hold-expiry", lockAtMostFor = "PT10M")
	void handOver() {
		offers.handOverExpired(clock.instant());
	}

}
