-- The version of the clinic's catalogue (clinic settings and policies, therapists with their modalities and hours,
-- services). Every admin change that alters it bumps the number in its own transaction; each instance caches the
-- catalogue with the number it was read at and checks the number (one primary-key read) once per request, so a
-- change made on any instance is seen on every instance by the next request.
create table catalog_version (
    id      integer primary key,
    version bigint  not null,
    constraint catalog_version_single_row check (id = 1)
);

insert into catalog_version (id, version) values (1, 0);
