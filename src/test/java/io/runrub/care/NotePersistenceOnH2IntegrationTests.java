package io.runrub.care;

/** {@link NotePersistenceContract} on the embedded H2 every other test uses. */
class NotePersistenceOnH2IntegrationTests extends NotePersistenceContract {

}
