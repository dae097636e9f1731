package io.runrub.training.feeds;

import java.io.IOException;

import io.runrub.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which addresses a calendar feed may never be fetched from: this machine and private networks, in every form, unless
 * the configuration allows them (as tests that serve a feed from localhost do).
 */
class FeedAddressesTests {

	@Test
	void privateAndTranslatedAddressesAreRecognised() throws Exception {
		for (String address : new String[] { "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
				"100.64.0.1", "0.0.0.0", "::1", "fd00:ec2::254", "fe80::1", "64:ff9b::7f00:1", "::7f00:1",
				"2002:7f00:1::" }) {
			assertThat(FeedSubscriptions.isPrivate(java.net.InetAddress.getByName(address))).as(address).isTrue();
		}
		for (String address : new String[] { "93.184.216.34", "8.8.8.8", "2606:4700:4700::1111" }) {
			assertThat(FeedSubscriptions.isPrivate(java.net.InetAddress.getByName(address))).as(address).isFalse();
		}
	}

	@Test
	void feedsOnPrivateAddressesAreRefusedOutsideTests() throws IOException {
		FeedSubscriptions strict = new FeedSubscriptions(null, null, null, java.util.List.of(),
				new TrainingProperties(false, java.time.Duration.ofSeconds(5), 1024, java.time.Duration.ofHours(4)), null, null, null, null, null, null);
		for (String address : new String[] { "http://127.0.0.1/plan.ics", "http://10.1.2.3/plan.ics",
				"http://192.168.0.10/x.ics", "http://localhost:8080/x.ics" }) {
			assertThatThrownBy(() -> strict.checked(address)).as(address)
				.isInstanceOfSatisfying(DomainException.RuleViolation.class,
						ex -> assertThat(ex.code()).isEqualTo("feed-private-address"));
		}
		assertThatThrownBy(() -> strict.checked("file:///etc/passwd")).isInstanceOfSatisfying(
				DomainException.RuleViolation.class, ex -> assertThat(ex.code()).isEqualTo("feed-address-invalid"));
		assertThat(strict.checked("webcal://93.184.216.34/plan.ics").toString())
			.isEqualTo("https://93.184.216.34/plan.ics");
	}

}
