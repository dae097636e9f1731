-- A planned massage becomes a Spring Data JDBC aggregate (PlanSuggestion): its focus areas, reasons and alternative
-- days move from a comma-joined column, a JSON column and another comma-joined column to rows of child tables. As
-- elsewhere, a child row refers to its root by a column named for the root's table and keeps its place in the list
-- in <root>_key. Rows go with their suggestion. V41 (Java) moves the existing data; V42 drops the old columns.

create table plan_suggestion_area (
    plan_suggestion     bigint      not null references plan_suggestion (id) on delete cascade,
    plan_suggestion_key integer     not null,
    area                varchar(20) not null,
    primary key (plan_suggestion, plan_suggestion_key),
    constraint plan_suggestion_area_code check (area in ('CALVES', 'SHINS', 'FEET', 'HAMSTRINGS', 'QUADS', 'KNEES',
        'HIPS_GLUTES', 'IT_BAND', 'LOW_BACK', 'SHOULDERS_NECK', 'OTHER'))
);

create table plan_suggestion_reason (
    plan_suggestion     bigint        not null references plan_suggestion (id) on delete cascade,
    plan_suggestion_key integer       not null,
    rule_id             varchar(40)   not null,
    sentence            varchar(2000) not null,
    evidence            varchar(20)   not null,
    primary key (plan_suggestion, plan_suggestion_key)
);

create table plan_suggestion_alternative (
    plan_suggestion     bigint  not null references plan_suggestion (id) on delete cascade,
    plan_suggestion_key integer not null,
    alternative_date    date    not null,
    primary key (plan_suggestion, plan_suggestion_key)
);
