package io.runrub.care;

import io.runrub.support.OnPostgres;

/** {@link NotePersistenceContract} on a real PostgreSQL 18, the production database. */
@OnPostgres
class NotePersistenceOnPostgresIntegrationTests extends NotePersistenceContract {

}
