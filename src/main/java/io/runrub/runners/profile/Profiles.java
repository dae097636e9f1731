package io.runrub.runners.profile;

import org.springframework.data.repository.ListCrudRepository;

/** Runners' stored profiles, by runner id. */
public interface Profiles extends ListCrudRepository<Profile, Long> {

}
