package io.runrub.journeys;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import io.runrub.accounts.DemoAccounts;
import io.runrub.support.RunRubJourney;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (bundled in {@code com.deque.html.axe-core:playwright}, nothing downloaded at test time) in the real
 * browser on every page each role reaches — anonymous, runner, therapist and admin against the demo clinic — at a
 * phone's width (390 px) and a desktop's (1280 px). Fails on any serious or critical violation, listing each with its
 * page, width and element. Every page must also fit a 320 px screen without scrolling sideways.
 * <p>
 * "Every page" is found, not listed: from each role's start pages the test follows every link of the app (one page per
 * path shape, ids and query values aside, so a list of 50 appointments is one page), up to {@link #MAX_PAGES_PER_ROLE}.
 * A page another slice adds is covered as soon as a link reaches it. One browser for all of it.
 */
@RunRubJourney
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIntegrationTests {

	static final int MAX_PAGES_PER_ROLE = 45;

	static final List<Integer> WIDTHS = List.of(390, 1280);

	/** axe-core's script as the package bundles it. */
	static final String AXE = AxeBuilder.getAxeScript();

	/** WCAG 2.0-2.2 A and AA and axe's best practices; each serious or critical violation as one line per element. */
	static final String RUN_AXE = """
			async () => (await axe.run(document, {
			    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
			    resultTypes: ['violations'] }))
			  .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
			  .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' - ' + n.failureSummary))
			""";

	@LocalServerPort
	int port;

	BrowserSession browser;

	Page page;

	@BeforeAll
	void openBrowser() {
		browser = new BrowserSession("a11y", "http://localhost:" + port);
		page = browser.page;
	}

	@BeforeEach
	void startSignedOut() {
		page.context().clearCookies();
	}

	@AfterAll
	void closeBrowser() {
		browser.close();
	}

	@Test
	void anonymousPagesHaveNoSeriousViolations() {
		assertClean(crawl(List.of("/", "/login", "/signup", "/password-reset")));
	}

	@Test
	void runnerPagesHaveNoSeriousViolations() {
		logIn(DemoAccounts.RUNNER_EMAIL);
		assertClean(crawl(List.of("/", "/training", "/training?view=month", "/plan", "/book", "/appointments",
				"/profile", "/intake", "/care", "/account", "/evidence", "/calendar-feed", "/training/sessions/new",
				"/training/races/new", "/statement", "/waitlist")));
	}

	@Test
	void therapistPagesHaveNoSeriousViolations() {
		logIn("john@runrub.demo");
		assertClean(crawl(List.of("/", "/therapist/day", "/therapist/week", "/therapist/care", "/account")));
	}

	@Test
	void adminPagesHaveNoSeriousViolations() {
		logIn(DemoAccounts.ADMIN_EMAIL);
		assertClean(crawl(List.of("/", "/admin", "/admin/therapists", "/admin/services", "/admin/closures",
				"/admin/contact", "/admin/access-log", "/admin/messages", "/account", "/admin/schedule", "/admin/reports",
				"/admin/packages", "/admin/rooms")));
	}

	@Test
	void theMenuMarksThePageBeingShown() {
		logIn(DemoAccounts.RUNNER_EMAIL);
		page.navigate("/training");
		var menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"));
		assertThat(menu.locator("[aria-current=page]")).hasText("Training");
		page.navigate("/training/sessions/new");
		assertThat(menu.locator("[aria-current=page]")).hasText("Training");
		page.navigate("/book");
		assertThat(menu.locator("[aria-current=page]")).hasText("Book a massage");
		// the current entry looks different, not only to a screen reader
		String current = menu.getByText("Book a massage").evaluate("a => getComputedStyle(a).fontWeight").toString();
		String other = menu.getByText("Training").evaluate("a => getComputedStyle(a).fontWeight").toString();
		assertThat(current).isNotEqualTo(other);
		// on a phone the menu is one row, not four lines
		page.setViewportSize(390, 844);
		Object rowHeight = menu.evaluate("n => n.getBoundingClientRect().height");
		assertThat(((Number) rowHeight).doubleValue()).isLessThan(60);
		logOut();
	}

	@Test
	void theBrowserFindsTheFaviconAndTheAppIcons() {
		for (String path : List.of("/favicon.ico", "/icons/icon.svg", "/icons/apple-touch-icon.png",
				"/icons/manifest.webmanifest", "/js/runrub.js")) {
			assertThat(page.request().get(path).status()).as(path).isEqualTo(200);
		}
		page.navigate("/login");
		assertThat(page.locator("link[rel=icon][type='image/svg+xml']")).hasAttribute("href", "/icons/icon.svg");
		assertThat(page.locator("link[rel=apple-touch-icon]")).hasAttribute("href", "/icons/apple-touch-icon.png");
	}

	/** What axe and the 320 px check found, one line each. */
	private List<String> crawl(List<String> starts) {
		Deque<String> toVisit = new ArrayDeque<>(starts);
		Set<String> shapes = new LinkedHashSet<>();
		List<String> problems = new ArrayList<>();
		while (!toVisit.isEmpty() && shapes.size() < MAX_PAGES_PER_ROLE) {
			String path = toVisit.removeFirst();
			if (!shapes.add(shape(path))) {
				continue;
			}
			page.setViewportSize(1280, 900);
			Response response = page.navigate(path);
			if (response == null || !String.valueOf(response.headerValue("content-type")).startsWith("text/html")) {
				continue;
			}
			String landed = URI.create(page.url()).getRawPath();
			if (!landed.equals(URI.create("http://x" + path).getRawPath()) && !shapes.add(shape(landed))) {
				continue; // a redirect to a page already checked
			}
			for (Object href : (List<?>) page.evaluate(
					"() => [...document.querySelectorAll('a[href]')].filter(a => !a.hasAttribute('download')).map(a => a.getAttribute('href'))")) {
				String link = String.valueOf(href);
				if (followable(link)) {
					toVisit.addLast(link.contains("#") ? link.substring(0, link.indexOf('#')) : link);
				}
			}
			// axe is put in the page once and run at each width (only violations are collected: faster)
			page.evaluate(AXE);
			for (int width : WIDTHS) {
				// as tall as the page: axe takes a target that the window's edge cuts for one that something covers
				page.setViewportSize(width, 900);
				int height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
				page.setViewportSize(width, Math.min(Math.max(height, 900), 12_000));
				for (Object violation : (List<?>) page.evaluate(RUN_AXE)) {
					problems.add("%s @%dpx %s".formatted(path, width, violation));
				}
			}
			page.setViewportSize(320, 700);
			Object overflow = page.evaluate(
					"() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
			if (((Number) overflow).intValue() > 0) {
				Object widest = page.evaluate("""
						() => [...document.querySelectorAll('body *')]
						  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
						    && !e.closest('.menu'))
						  .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
						    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''))
						""");
				problems.add("%s @320px scrolls sideways by %s px: %s".formatted(path, overflow, widest));
			}
		}
		assertThat(shapes).as("pages reached").hasSizeGreaterThan(starts.size() / 2);
		System.out.println("a11y: checked " + shapes.size() + " pages: " + shapes);
		return problems;
	}

	private void assertClean(List<String> problems) {
		assertThat(problems).as("serious or critical accessibility violations, and pages wider than a phone")
			.isEmpty();
	}

	private static boolean followable(String href) {
		if (!href.startsWith("/") || href.startsWith("//")) {
			return false;
		}
		String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
		return !(path.startsWith("/api/") || path.startsWith("/logout") || path.startsWith("/calendar/")
				|| path.startsWith("/actuator") || path.startsWith("/swagger-ui") || path.startsWith("/v3/")
				|| path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/icons/")
				|| path.startsWith("/js/") || path.startsWith("/h2") || path.endsWith(".ics") || path.endsWith(".csv")
				|| path.endsWith(".json") || path.endsWith(".png") || path.endsWith(".ico"));
	}

	/** A page's shape: its path with ids as {id}, and the names (not the values) of its query parameters. */
	static String shape(String href) {
		int q = href.indexOf('?');
		String path = (q < 0 ? href : href.substring(0, q)).replaceAll("/\\d+(?=/|$)", "/{id}")
			.replaceAll("/[0-9a-f-]{20,}(?=/|$)", "/{token}");
		Set<String> names = new TreeSet<>();
		if (q >= 0) {
			for (String pair : href.substring(q + 1).split("&")) {
				names.add(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
			}
		}
		return names.isEmpty() ? path : path + "?" + String.join("&", names);
	}

	private void logIn(String email) {
		page.setViewportSize(1280, 900);
		page.navigate("/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(DemoAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
				java.util.regex.Pattern.compile("^Log out")))).isVisible();
	}

	private void logOut() {
		page.setViewportSize(1280, 900);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
				java.util.regex.Pattern.compile("^Log out"))).click();
	}

}
