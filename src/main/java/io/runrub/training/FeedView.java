package io.runrub.training;

import java.time.Instant;

public record FeedView(long id, String url, Instant lastRefreshedAt, String lastResult) {
}
