package io.runrub.training.feeds;

import java.time.Instant;

public record FeedView(long id, String url, Instant lastRefreshedAt, String lastResult) {
}
