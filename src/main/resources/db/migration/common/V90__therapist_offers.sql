-- What a therapist offers beyond modalities (issue 15): VisitWish names, comma-separated, in the enum's order.
alter table therapist add column offers varchar(100) default '' not null;
