-- Outreach contacts, their referrals, referral outcomes and stock receipts are events (issue 3): a
-- correction is a new row that supersedes, never an edit, so the history a promotora recorded stays
-- visible and every past month's figures can be recomputed. Rows can be inserted, never changed or
-- removed.
CREATE FUNCTION colectiva_outreach_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER contacts_append_only BEFORE UPDATE OR DELETE ON contacts
  FOR EACH ROW EXECUTE FUNCTION colectiva_outreach_events_append_only();
--> statement-breakpoint
CREATE TRIGGER contacts_no_truncate BEFORE TRUNCATE ON contacts
  FOR EACH STATEMENT EXECUTE FUNCTION colectiva_outreach_events_append_only();
--> statement-breakpoint
CREATE TRIGGER contact_referrals_append_only BEFORE UPDATE OR DELETE ON contact_referrals
  FOR EACH ROW EXECUTE FUNCTION colectiva_outreach_events_append_only();
--> statement-breakpoint
CREATE TRIGGER contact_referrals_no_truncate BEFORE TRUNCATE ON contact_referrals
  FOR EACH STATEMENT EXECUTE FUNCTION colectiva_outreach_events_append_only();
--> statement-breakpoint
CREATE TRIGGER referral_events_append_only BEFORE UPDATE OR DELETE ON referral_events
  FOR EACH ROW EXECUTE FUNCTION colectiva_outreach_events_append_only();
--> statement-breakpoint
CREATE TRIGGER referral_events_no_truncate BEFORE TRUNCATE ON referral_events
  FOR EACH STATEMENT EXECUTE FUNCTION colectiva_outreach_events_append_only();
--> statement-breakpoint
CREATE TRIGGER stock_receipts_append_only BEFORE UPDATE OR DELETE ON stock_receipts
  FOR EACH ROW EXECUTE FUNCTION colectiva_outreach_events_append_only();
--> statement-breakpoint
CREATE TRIGGER stock_receipts_no_truncate BEFORE TRUNCATE ON stock_receipts
  FOR EACH STATEMENT EXECUTE FUNCTION colectiva_outreach_events_append_only();
