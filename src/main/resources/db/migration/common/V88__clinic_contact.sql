-- The clinic's phone and email, shown in every page footer and every message to clients.
alter table clinic add column phone varchar(40) not null default '';
alter table clinic add column email varchar(254) not null default '';
