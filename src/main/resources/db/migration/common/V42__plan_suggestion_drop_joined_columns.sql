-- The focus areas, reasons and alternatives of a planned massage live in child tables now (V40, V41).
alter table plan_suggestion drop column focus_areas;
alter table plan_suggestion drop column reasons;
alter table plan_suggestion drop column alternatives;
