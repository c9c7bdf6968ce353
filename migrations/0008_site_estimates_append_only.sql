-- Size estimates are a history (DOMAIN.md §1): a new estimate is a new row, never an edit. Rows can be
-- inserted, never changed or removed, so the coverage of past months keeps its denominator.
CREATE FUNCTION colectiva_site_estimates_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'site_estimates is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER site_estimates_append_only BEFORE UPDATE OR DELETE ON site_estimates
  FOR EACH ROW EXECUTE FUNCTION colectiva_site_estimates_append_only();
--> statement-breakpoint
CREATE TRIGGER site_estimates_no_truncate BEFORE TRUNCATE ON site_estimates
  FOR EACH STATEMENT EXECUTE FUNCTION colectiva_site_estimates_append_only();
