-- A human-rights case's consents and timeline are history (issue 5): a withdrawal is a new consent row,
-- a correction is a new event. Rows can be inserted, never changed or removed.
CREATE FUNCTION colectiva_hr_case_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER hr_case_consents_append_only BEFORE UPDATE OR DELETE ON hr_case_consents
  FOR EACH ROW EXECUTE FUNCTION colectiva_hr_case_history_append_only();
--> statement-breakpoint
CREATE TRIGGER hr_case_consents_no_truncate BEFORE TRUNCATE ON hr_case_consents
  FOR EACH STATEMENT EXECUTE FUNCTION colectiva_hr_case_history_append_only();
--> statement-breakpoint
CREATE TRIGGER hr_case_events_append_only BEFORE UPDATE OR DELETE ON hr_case_events
  FOR EACH ROW EXECUTE FUNCTION colectiva_hr_case_history_append_only();
--> statement-breakpoint
CREATE TRIGGER hr_case_events_no_truncate BEFORE TRUNCATE ON hr_case_events
  FOR EACH STATEMENT EXECUTE FUNCTION colectiva_hr_case_history_append_only();
