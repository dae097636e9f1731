package io.runrub.journeys;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Debian Chromium driven by Playwright, one per journey. Screenshots go to target/playwright/.
 */
final class BrowserSession implements AutoCloseable {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private final Playwright playwright;

	private final Browser browser;

	private final BrowserContext context;

	final Page page;

	private final String journey;

	private int shot;

	BrowserSession(String journey, String baseUrl) {
		this.journey = journey;
		this.playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
		this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl)
			.setViewportSize(390, 844)
			.setLocale("en-GB"));
		this.context.setDefaultTimeout(15_000);
		this.page = context.newPage();
	}

	/**
	 * Saves a screenshot of the whole page as target/playwright/{journey}-{n}-{name}.png, and leaves the page scrolled
	 * where it was.
	 * <p>
	 * A full-page screenshot stretches the viewport to the page's height and back; Chromium then leaves the page
	 * scrolled to the bottom but restores the old position on the next mouse input, between the press and the release.
	 * A click right after a screenshot was pressed on one element and released on another (the body map's "Save body
	 * check-in": pressed on the button, released on a label), so the click went to the form that holds both and did
	 * nothing. Putting the scroll back at once leaves nothing to restore.
	 */
	void screenshot(String name) {
		Object scrolled = page.evaluate("() => [window.scrollX, window.scrollY]");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Paths.get("target", "playwright", "%s-%02d-%s.png".formatted(journey, ++shot, name))));
		page.evaluate("([x, y]) => window.scrollTo(x, y)", scrolled);
	}

	@Override
	public void close() {
		context.close();
		browser.close();
		playwright.close();
	}

}
