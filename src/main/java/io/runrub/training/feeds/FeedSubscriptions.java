package io.runrub.training.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.runrub.accounts.RunnerId;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.runrub.training.ImportReport;
import io.runrub.training.TrainingCalendar;
import io.runrub.training.TrainingChanged;
import io.runrub.training.TrainingImports;
import io.runrub.training.imports.ImportRejected;
import io.runrub.training.imports.ParsedFile;
import io.runrub.training.imports.TrainingFileReader;
import io.runrub.training.sessions.TrainingSession;
import io.runrub.training.sessions.TrainingSessions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscribed calendar feeds of planned workouts. Refreshing a feed adds what is new and removes future planned
 * sessions that the feed no longer has (a coach moved or dropped them); the past and completed sessions stay.
 */
@Component
public class FeedSubscriptions {

	/** The most feeds one runner may subscribe to (coaches, race plans, a club): a list that a page can show whole. */
	public static final int MAX_FEEDS = 20;

	private final CalendarFeeds feeds;

	private final TrainingSessions sessions;

	private final TrainingImports imports;

	private final List<TrainingFileReader> readers;

	private final TrainingProperties properties;

	private final TransactionTemplate transactions;

	private final TrainingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final HttpClient http;

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	FeedSubscriptions(CalendarFeeds feeds, TrainingSessions sessions, TrainingImports imports, List<TrainingFileReader> readers,
			TrainingProperties properties, TransactionTemplate transactions, TrainingCalendar calendar,
			ApplicationEventPublisher events, Clock clock, MessageSourceAccessor messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
		this.feeds = feeds;
		this.sessions = sessions;
		this.imports = imports;
		this.readers = readers;
		this.properties = properties;
		this.transactions = transactions;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.feedTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public List<FeedView> feeds(RunnerId runner) {
		return feeds.findByRunnerIdOrderById(runner.value()).stream().map(CalendarFeed::view).toList();
	}

	/** Subscribes to a feed and reads it at once; a feed that cannot be read is not kept. */
	/** Subscribes a runner to a feed; at most {@value #MAX_FEEDS} feeds each, so their list stays short. */
	public FeedView subscribe(RunnerId runner, String address) {
		URI uri = checked(address);
		List<CalendarFeed> current = feeds.findByRunnerIdOrderById(runner.value());
		if (current.stream().anyMatch(feed -> feed.url().equals(uri.toString()))) {
			throw DomainException.conflict("feed-already-subscribed");
		}
		if (current.size() >= MAX_FEEDS) {
			throw DomainException.refused("feed-limit", MAX_FEEDS);
		}
		ParsedFile parsed = fetch(uri);
		CalendarFeed feed = feeds.save(new CalendarFeed(null, runner.value(), uri.toString(), null, null));
		return sync(feed, parsed).view();
	}

	public FeedView refresh(RunnerId runner, long feedId) {
		CalendarFeed feed = load(runner, feedId);
		ParsedFile parsed;
		try {
			parsed = fetch(checked(feed.url()));
		}
		catch (DomainException.RuleViolation ex) {
			feeds.save(feed.refreshed(Instant.now(clock), refusals.detail(ex)));
			throw ex;
		}
		return sync(feed, parsed).view();
	}

	/** The most feeds one scheduled run reads: a run's work stays bounded, the rest wait for the next run. */
	static final int REFRESH_BATCH = 200;

	/**
	 * Reads again every subscribed feed not read for {@code runrub.training.feed-refresh-every} (oldest first, at most
	 * {@value #REFRESH_BATCH}); a feed that fails keeps its sessions and records why, so one broken coach's server
	 * holds up no one else. Called by {@link FeedRefreshSchedule} on one instance at a time.
	 * @return how many feeds were read
	 */
	public int refreshDue() {
		Instant before = Instant.now(clock).minus(properties.feedRefreshEvery());
		List<CalendarFeed> due = feeds.findDue(before, REFRESH_BATCH);
		for (CalendarFeed feed : due) {
			try {
				sync(feed, fetch(checked(feed.url())));
			}
			catch (DomainException.RuleViolation ex) {
				feeds.save(feed.refreshed(Instant.now(clock), refusals.detail(ex)));
			}
		}
		return due.size();
	}

	public void unsubscribe(RunnerId runner, long feedId) {
		feeds.delete(load(runner, feedId));
	}

	private CalendarFeed sync(CalendarFeed feed, ParsedFile parsed) {
		return transactions.execute(status -> {
			LocalDate today = calendar.today();
			Set<String> inFeed = new HashSet<>();
			parsed.sessions().forEach(session -> inFeed.add(session.sourceKey()));
			List<TrainingSession> gone = sessions
				.findByRunnerIdAndSourceOrderBySessionDate(feed.runnerId(), feed.source())
				.stream()
				.filter(session -> !session.isCompleted() && !session.sessionDate().isBefore(today)
						&& !inFeed.contains(session.sourceKey()))
				.toList();
			sessions.deleteAll(gone);
			ImportReport report;
			try {
				report = imports.store(RunnerId.of(feed.runnerId()), "feed", parsed, feed.source());
			}
			catch (ImportRejected ex) {
				throw DomainException.refused("feed-not-readable", messages.getMessage(ex.messageKey(), ex.args()));
			}
			String result = messages.getMessage("training.feeds.result",
					new Object[] { report.imported(), report.duplicates(), gone.size() });
			if (!gone.isEmpty()) {
				events.publishEvent(new TrainingChanged(RunnerId.of(feed.runnerId()), gone.get(0).sessionDate(),
						gone.get(gone.size() - 1).sessionDate(), "feed refreshed"));
			}
			return feeds.save(feed.refreshed(Instant.now(clock), result));
		});
	}

	private ParsedFile fetch(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(properties.feedTimeout())
			.header("Accept", "text/calendar, */*;q=0.5")
			.GET()
			.build();
		long deadline = System.nanoTime() + properties.feedTimeout().toNanos();
		try {
			HttpResponse<InputStream> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
				.get(remaining(deadline), TimeUnit.NANOSECONDS);
			try (InputStream body = response.body()) {
				if (response.statusCode() / 100 == 3) {
					throw response.headers()
						.firstValue("Location")
						.map(location -> DomainException.refused("feed-moved-to", location))
						.orElseGet(() -> DomainException.refused("feed-moved"));
				}
				if (response.statusCode() != 200) {
					throw DomainException.refused("feed-http-error", response.statusCode());
				}
				// the whole answer must arrive in time, not only its headers: a server that trickles a byte a second
				// is refused, and closing the stream (by try-with-resources) ends the read
				byte[] bytes = CompletableFuture.supplyAsync(() -> {
					try {
						return body.readNBytes((int) properties.maxFeedBytes() + 1);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}).get(remaining(deadline), TimeUnit.NANOSECONDS);
				if (bytes.length > properties.maxFeedBytes()) {
					throw DomainException.refused("feed-too-large", properties.maxFeedBytes() / 1024 / 1024);
				}
				TrainingFileReader icsReader = readers.stream()
					.filter(reader -> reader.accepts("feed.ics"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("No iCalendar reader"));
				return icsReader.read("feed.ics", bytes, calendar.zone());
			}
		}
		catch (ImportRejected ex) {
			throw DomainException.refused("feed-not-readable", messages.getMessage(ex.messageKey(), ex.args()));
		}
		catch (IOException ex) {
			throw DomainException.refused("feed-unreachable", ex.getClass().getSimpleName());
		}
		catch (TimeoutException ex) {
			throw DomainException.refused("feed-timeout", properties.feedTimeout().toSeconds());
		}
		catch (ExecutionException ex) {
			throw DomainException.refused("feed-unreachable", ex.getCause().getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw DomainException.refused("feed-interrupted");
		}
	}

	private static long remaining(long deadline) {
		return Math.max(1, deadline - System.nanoTime());
	}

	/** Addresses a feed may never be fetched from: see {@link io.runrub.shared.PrivateNetworks}. */
	static boolean isPrivate(InetAddress address) {
		return io.runrub.shared.PrivateNetworks.contain(address);
	}

	/** Only http(s) (webcal is https), and never the clinic's own network unless configured for tests. */
	URI checked(String address) {
		String text = address == null ? "" : address.strip();
		if (text.toLowerCase(Locale.ROOT).startsWith("webcal://")) {
			text = "https://" + text.substring("webcal://".length());
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw DomainException.refused("feed-not-an-address");
		}
		if (text.length() > 2000 || uri.getHost() == null || uri.getScheme() == null
				|| !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
			throw DomainException.refused("feed-address-invalid");
		}
		if (!properties.allowPrivateFeedHosts()) {
			try {
				for (InetAddress resolved : InetAddress.getAllByName(uri.getHost())) {
					if (isPrivate(resolved)) {
						throw DomainException.refused("feed-private-address");
					}
				}
			}
			catch (UnknownHostException ex) {
				throw DomainException.refused("feed-host-unknown", uri.getHost());
			}
		}
		return uri;
	}

	private CalendarFeed load(RunnerId runner, long feedId) {
		return feeds.findById(feedId)
			.filter(feed -> feed.runnerId() == runner.value())
			.orElseThrow(() -> DomainException.notFound("feed-not-found"));
	}

}
