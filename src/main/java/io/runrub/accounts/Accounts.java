package io.runrub.accounts;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	@org.springframework.data.jdbc.repository.query.Query("""
			select * from account where role = 'RUNNER' and enabled = true
			  and (lower(name) like :like escape '!' or lower(email) like :like escape '!')
			order by name, id limit :limit""")
	java.util.List<Account> searchRunners(String like, int limit);

}
