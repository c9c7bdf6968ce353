-- Coverage pre-aggregates (issue 4): every write that can change a month's coverage figures marks
-- that month dirty; computeCoverage refreshes dirty months before it reads. Statement-level triggers
-- with transition tables, so a bulk insert marks each month once.
CREATE FUNCTION coverage_dirty_from_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO coverage_dirty_months (org_id, month)
  SELECT n.org_id, date_trunc('month', n.contacted_on)::date FROM coverage_new_rows n
  UNION
  -- A correction also changes the month of the contact it supersedes (which stops counting).
  SELECT c.org_id, date_trunc('month', c.contacted_on)::date
    FROM coverage_new_rows n JOIN contacts c ON c.org_id = n.org_id AND c.id = n.supersedes_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER contacts_coverage_dirty AFTER INSERT ON contacts
  REFERENCING NEW TABLE AS coverage_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_dirty_from_contacts();
--> statement-breakpoint
CREATE FUNCTION coverage_dirty_from_referrals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO coverage_dirty_months (org_id, month)
  SELECT DISTINCT c.org_id, date_trunc('month', c.contacted_on)::date
    FROM coverage_new_rows n JOIN contacts c ON c.org_id = n.org_id AND c.id = n.contact_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER contact_referrals_coverage_dirty AFTER INSERT ON contact_referrals
  REFERENCING NEW TABLE AS coverage_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_dirty_from_referrals();
--> statement-breakpoint
CREATE FUNCTION coverage_dirty_from_referral_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO coverage_dirty_months (org_id, month)
  SELECT DISTINCT c.org_id, date_trunc('month', c.contacted_on)::date
    FROM coverage_new_rows n
    JOIN contact_referrals r ON r.org_id = n.org_id AND r.origin_id = n.referral_id
    JOIN contacts c ON c.org_id = r.org_id AND c.id = r.contact_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER referral_events_coverage_dirty AFTER INSERT ON referral_events
  REFERENCING NEW TABLE AS coverage_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_dirty_from_referral_events();
--> statement-breakpoint
-- A merge (merged_into_id set or re-pointed) moves the member's contacts to another kept member.
CREATE FUNCTION coverage_dirty_from_members() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO coverage_dirty_months (org_id, month)
  SELECT DISTINCT c.org_id, date_trunc('month', c.contacted_on)::date
    FROM coverage_new_rows n
    JOIN coverage_old_rows o ON o.org_id = n.org_id AND o.id = n.id
    JOIN contacts c ON c.org_id = n.org_id AND c.member_id = n.id
   WHERE n.merged_into_id IS DISTINCT FROM o.merged_into_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER members_coverage_dirty AFTER UPDATE ON members
  REFERENCING OLD TABLE AS coverage_old_rows NEW TABLE AS coverage_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_dirty_from_members();
