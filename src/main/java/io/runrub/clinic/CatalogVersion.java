package io.runrub.clinic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The number that says which catalogue is current (table {@code catalog_version}, one row). Every change to the
 * clinic's settings, therapists, their modalities or hours, or services bumps it in the same transaction, so a cached
 * catalogue read at an older number is known to be stale on every instance as soon as the change commits.
 */
@Component
class CatalogVersion {

	/** Marks a transaction that has changed the catalogue: what it reads of it is not yet everyone's. */
	private static final Object CHANGED = new Object();

	private final JdbcClient jdbc;

	CatalogVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long current() {
		return jdbc.sql("select version from catalog_version where id = 1").query(Long.class).single();
	}

	/** Inside the transaction that changes the catalogue. */
	void bump() {
		jdbc.sql("update catalog_version set version = version + 1 where id = 1").update();
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(CHANGED)) {
			TransactionSynchronizationManager.bindResource(CHANGED, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED);
				}
			});
		}
	}

	/** Whether the current transaction has changed the catalogue and not yet committed. */
	boolean changedInThisTransaction() {
		return TransactionSynchronizationManager.hasResource(CHANGED);
	}

}
