package io.runrub.reports.web;

/** {@link ReportsContract} on H2, the default database. */
class ReportsOnH2IntegrationTests extends ReportsContract {

}
