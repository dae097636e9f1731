package io.runrub.runners.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** After the health questions a runner goes on only to a page of this site. */
class NextPageTests {

	@Test
	void aPathOnThisSiteIsKept() {
		assertThat(NextPage.of("/book")).contains("/book");
		assertThat(NextPage.of("/book/confirm?serviceId=3&therapist=any&start=2026-03-27T10:00:00Z"))
			.contains("/book/confirm?serviceId=3&therapist=any&start=2026-03-27T10:00:00Z");
	}

	@Test
	void anythingThatCouldLeadToAnotherSiteIsIgnored() {
		assertThat(NextPage.of("https://evil.example/book")).isEmpty();
		assertThat(NextPage.of("//evil.example/book")).isEmpty();
		assertThat(NextPage.of("/\\evil.example/book")).isEmpty();
		assertThat(NextPage.of("javascript:alert(1)")).isEmpty();
		assertThat(NextPage.of("book")).isEmpty();
	}

	@Test
	void emptyOrMalformedValuesAreIgnored() {
		assertThat(NextPage.of(null)).isEmpty();
		assertThat(NextPage.of("")).isEmpty();
		assertThat(NextPage.of("/book\r\nSet-Cookie: x=1")).isEmpty();
		assertThat(NextPage.of("/book now")).isEmpty();
		assertThat(NextPage.of("/book/{id}")).isEmpty();
		assertThat(NextPage.of("/" + "a".repeat(2000))).isEmpty();
	}

}
