-- A planned massage keeps what was considered and changed for it ("We chose a 30-minute sports massage instead of
-- deep tissue massage: your budget for April.") apart from its reasons, which now say only what it is. A child table
-- of plan_suggestion like its reasons (V40): rows go with their suggestion. Suggestions stored before keep none.
create table plan_suggestion_adjustment (
    plan_suggestion     bigint        not null references plan_suggestion (id) on delete cascade,
    plan_suggestion_key integer       not null,
    rule_id             varchar(40)   not null,
    sentence            varchar(2000) not null,
    primary key (plan_suggestion, plan_suggestion_key)
);

-- A stored reason keeps what it argues for (kinds of massage, pressures; empty: neither), so a plan read back can be
-- checked as a fresh one is: no reason argues for what its suggestion is not. Small closed sets of codes, kept as
-- comma-separated codes in the reason's row rather than two more child tables of a child table.
alter table plan_suggestion_reason add column argues_for_modalities varchar(100) default '' not null;
alter table plan_suggestion_reason add column argues_for_pressures varchar(40) default '' not null;
