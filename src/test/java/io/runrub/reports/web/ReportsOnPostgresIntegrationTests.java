package io.runrub.reports.web;

import io.runrub.support.OnPostgres;

/** {@link ReportsContract} on a real PostgreSQL 18, the production database. */
@OnPostgres
class ReportsOnPostgresIntegrationTests extends ReportsContract {

}
