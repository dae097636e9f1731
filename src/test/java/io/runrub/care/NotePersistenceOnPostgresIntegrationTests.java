package io.runrub.care;

import org.springframework.test.context.ContextConfiguration;

/** {@link NotePersistenceContract} on a real PostgreSQL 18, the production database. */
@ContextConfiguration(initializers = EmbeddedPostgresDatabase.class)
class NotePersistenceOnPostgresIntegrationTests extends NotePersistenceContract {

}
