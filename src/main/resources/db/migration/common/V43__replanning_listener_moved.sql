-- Replanning moved from io.runrub.planner to io.runrub.planner.plan. The event publication registry knows a listener
-- by its class and method, so publications still incomplete under the old name follow it (else they would never be
-- handled again).
update event_publication
set listener_id = replace(listener_id, 'io.runrub.planner.Replanning.', 'io.runrub.planner.plan.Replanning.')
where listener_id like 'io.runrub.planner.Replanning.%';
