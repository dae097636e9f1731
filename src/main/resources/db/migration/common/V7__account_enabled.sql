-- A therapist who leaves the clinic is made inactive: their login stops working, their records stay.
alter table account add column enabled boolean default true not null;
