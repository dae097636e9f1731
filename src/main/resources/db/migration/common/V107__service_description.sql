-- A short description of each service, shown to runners when they choose one (issue 14). Optional: a service
-- without one shows its name, length and price only.
alter table massage_service add column description varchar(500);
