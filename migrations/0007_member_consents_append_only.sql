-- Consent is a history of events (SECURITY.md S13): a withdrawal is a new event, never an edit. Rows
-- can be inserted, never removed; the only change allowed is moving them to the member kept by a
-- merge (member_id), so the history follows the person.
CREATE FUNCTION colectiva_member_consents_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (NEW.org_id, NEW.id, NEW.purpose, NEW.granted, NEW.recorded_on, NEW.recorded_by, NEW.created_at)
       IS NOT DISTINCT FROM (OLD.org_id, OLD.id, OLD.purpose, OLD.granted, OLD.recorded_on, OLD.recorded_by, OLD.created_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'member_consents is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER member_consents_append_only BEFORE UPDATE OR DELETE ON member_consents
  FOR EACH ROW EXECUTE FUNCTION colectiva_member_consents_append_only();
--> statement-breakpoint
CREATE TRIGGER member_consents_no_truncate BEFORE TRUNCATE ON member_consents
  FOR EACH STATEMENT EXECUTE FUNCTION colectiva_member_consents_append_only();
