CREATE TABLE "training_attendance" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"pre_score" double precision,
	"post_score" double precision,
	"recorded_by" uuid,
	"recorded_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "training_attendance_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "training_courses_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_external_counts" (
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_type" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "training_external_counts_org_id_session_id_participant_type_pk" PRIMARY KEY("org_id","session_id","participant_type"),
	CONSTRAINT "training_external_counts_count_check" CHECK ("training_external_counts"."count" > 0)
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"start_time" text,
	"place" text DEFAULT '' NOT NULL,
	"area_id" uuid,
	"facilitator_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"facilitator_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"material_links" text[] DEFAULT '{}'::text[] NOT NULL,
	"pre_score_avg" double precision,
	"post_score_avg" double precision,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "training_sessions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "member_leadership_roles" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"role" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "member_leadership_roles_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "member_leadership_roles_dates_check" CHECK ("member_leadership_roles"."to_on" is null or "member_leadership_roles"."to_on" >= "member_leadership_roles"."from_on")
);
--> statement-breakpoint
CREATE TABLE "member_mentorships" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"mentor_member_id" uuid,
	"mentor_user_id" uuid,
	"from_on" date NOT NULL,
	"to_on" date,
	"notes_enc" "bytea",
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "member_mentorships_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "member_mentorships_one_mentor_check" CHECK (("member_mentorships"."mentor_member_id" is null) <> ("member_mentorships"."mentor_user_id" is null)),
	CONSTRAINT "member_mentorships_dates_check" CHECK ("member_mentorships"."to_on" is null or "member_mentorships"."to_on" >= "member_mentorships"."from_on")
);
--> statement-breakpoint
CREATE TABLE "safe_space_activities" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"safe_space_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"training_session_id" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "safe_space_activities_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "safe_space_visits" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"safe_space_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"member_id" uuid,
	"anonymous_count" integer,
	"recorded_by" uuid,
	"recorded_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "safe_space_visits_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "safe_space_visits_kind_check" CHECK (("safe_space_visits"."member_id" is null) <> ("safe_space_visits"."anonymous_count" is null) and coalesce("safe_space_visits"."anonymous_count", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "safe_spaces" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"area_id" uuid,
	"opening_hours" text DEFAULT '' NOT NULL,
	"services" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "safe_spaces_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "mobilization_checklist_items" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"label" text,
	"done" boolean DEFAULT false NOT NULL,
	"note_enc" "bytea",
	"position" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "mobilization_checklist_items_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "mobilization_events" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"commemoration_key" text,
	"commemoration_year" integer,
	"event_date" date NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"risk_level" text,
	"participants_members" integer,
	"participants_allies" integer,
	"participants_public" integer,
	"outcomes" text DEFAULT '' NOT NULL,
	"media_coverage" text DEFAULT '' NOT NULL,
	"confirmed_at" timestamp (3) with time zone,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "mobilization_events_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "mobilization_events_kind_check" CHECK ("mobilization_events"."kind" in ('meeting', 'assembly', 'march', 'sit_in', 'commemoration', 'press_conference')),
	CONSTRAINT "mobilization_events_status_check" CHECK ("mobilization_events"."status" in ('draft', 'confirmed', 'held', 'cancelled')),
	CONSTRAINT "mobilization_events_counts_check" CHECK (coalesce("mobilization_events"."participants_members", 0) >= 0 and coalesce("mobilization_events"."participants_allies", 0) >= 0 and coalesce("mobilization_events"."participants_public", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "advocacy_commitments" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"description" text NOT NULL,
	"follow_up_on" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"status_changed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "advocacy_commitments_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "advocacy_commitments_status_check" CHECK ("advocacy_commitments"."status" in ('pending', 'kept', 'partly_kept', 'broken'))
);
--> statement-breakpoint
CREATE TABLE "advocacy_engagement_barriers" (
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"barrier_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "advocacy_engagement_barriers_org_id_engagement_id_barrier_id_pk" PRIMARY KEY("org_id","engagement_id","barrier_id")
);
--> statement-breakpoint
CREATE TABLE "advocacy_engagement_cases" (
	"org_id" uuid NOT NULL,
	"engagement_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "advocacy_engagement_cases_org_id_engagement_id_case_id_pk" PRIMARY KEY("org_id","engagement_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "advocacy_engagements" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"authority_type" text NOT NULL,
	"office_title" text NOT NULL,
	"country_code" text NOT NULL,
	"engaged_on" date NOT NULL,
	"asks" text DEFAULT '' NOT NULL,
	"outcome_kind" text DEFAULT 'none' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "advocacy_engagements_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "advocacy_engagements_outcome_check" CHECK ("advocacy_engagements"."outcome_kind" in ('none', 'commitment_kept', 'law_changed', 'policy_changed', 'practice_changed'))
);
--> statement-breakpoint
CREATE TABLE "policy_seat_meetings" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"met_on" date NOT NULL,
	"positions" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "policy_seat_meetings_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "policy_seats" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"space_kind" text NOT NULL,
	"space_name" text NOT NULL,
	"holder_user_id" uuid,
	"holder_member_id" uuid,
	"held_since" date NOT NULL,
	"held_until" date,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "policy_seats_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "policy_seats_one_holder_check" CHECK (("policy_seats"."holder_user_id" is null) <> ("policy_seats"."holder_member_id" is null)),
	CONSTRAINT "policy_seats_period_check" CHECK ("policy_seats"."held_until" is null or "policy_seats"."held_until" >= "policy_seats"."held_since")
);
--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."training_sessions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_member_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_courses" ADD CONSTRAINT "training_courses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_external_counts" ADD CONSTRAINT "training_external_counts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_external_counts" ADD CONSTRAINT "training_external_counts_session_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."training_sessions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_course_fk" FOREIGN KEY ("org_id","course_id") REFERENCES "public"."training_courses"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_area_fk" FOREIGN KEY ("org_id","area_id") REFERENCES "public"."areas"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_leadership_roles" ADD CONSTRAINT "member_leadership_roles_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_leadership_roles" ADD CONSTRAINT "member_leadership_roles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_leadership_roles" ADD CONSTRAINT "member_leadership_roles_member_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_mentorships" ADD CONSTRAINT "member_mentorships_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_mentorships" ADD CONSTRAINT "member_mentorships_mentor_user_id_users_id_fk" FOREIGN KEY ("mentor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_mentorships" ADD CONSTRAINT "member_mentorships_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_mentorships" ADD CONSTRAINT "member_mentorships_member_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_mentorships" ADD CONSTRAINT "member_mentorships_mentor_member_fk" FOREIGN KEY ("org_id","mentor_member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_space_activities" ADD CONSTRAINT "safe_space_activities_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_space_activities" ADD CONSTRAINT "safe_space_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_space_activities" ADD CONSTRAINT "safe_space_activities_space_fk" FOREIGN KEY ("org_id","safe_space_id") REFERENCES "public"."safe_spaces"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_space_activities" ADD CONSTRAINT "safe_space_activities_session_fk" FOREIGN KEY ("org_id","training_session_id") REFERENCES "public"."training_sessions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_space_visits" ADD CONSTRAINT "safe_space_visits_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_space_visits" ADD CONSTRAINT "safe_space_visits_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_space_visits" ADD CONSTRAINT "safe_space_visits_space_fk" FOREIGN KEY ("org_id","safe_space_id") REFERENCES "public"."safe_spaces"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_space_visits" ADD CONSTRAINT "safe_space_visits_member_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_spaces" ADD CONSTRAINT "safe_spaces_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safe_spaces" ADD CONSTRAINT "safe_spaces_area_fk" FOREIGN KEY ("org_id","area_id") REFERENCES "public"."areas"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilization_checklist_items" ADD CONSTRAINT "mobilization_checklist_items_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilization_checklist_items" ADD CONSTRAINT "mobilization_checklist_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilization_checklist_items" ADD CONSTRAINT "mobilization_checklist_event_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."mobilization_events"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilization_events" ADD CONSTRAINT "mobilization_events_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobilization_events" ADD CONSTRAINT "mobilization_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_commitments" ADD CONSTRAINT "advocacy_commitments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_commitments" ADD CONSTRAINT "advocacy_commitments_engagement_fk" FOREIGN KEY ("org_id","engagement_id") REFERENCES "public"."advocacy_engagements"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagement_barriers" ADD CONSTRAINT "advocacy_engagement_barriers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagement_barriers" ADD CONSTRAINT "advocacy_engagement_barriers_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagement_barriers" ADD CONSTRAINT "advocacy_engagement_barriers_engagement_fk" FOREIGN KEY ("org_id","engagement_id") REFERENCES "public"."advocacy_engagements"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagement_barriers" ADD CONSTRAINT "advocacy_engagement_barriers_barrier_fk" FOREIGN KEY ("org_id","barrier_id") REFERENCES "public"."structural_barriers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagement_cases" ADD CONSTRAINT "advocacy_engagement_cases_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagement_cases" ADD CONSTRAINT "advocacy_engagement_cases_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagement_cases" ADD CONSTRAINT "advocacy_engagement_cases_engagement_fk" FOREIGN KEY ("org_id","engagement_id") REFERENCES "public"."advocacy_engagements"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagement_cases" ADD CONSTRAINT "advocacy_engagement_cases_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagements" ADD CONSTRAINT "advocacy_engagements_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advocacy_engagements" ADD CONSTRAINT "advocacy_engagements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_seat_meetings" ADD CONSTRAINT "policy_seat_meetings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_seat_meetings" ADD CONSTRAINT "policy_seat_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_seat_meetings" ADD CONSTRAINT "policy_seat_meetings_seat_fk" FOREIGN KEY ("org_id","seat_id") REFERENCES "public"."policy_seats"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_seats" ADD CONSTRAINT "policy_seats_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_seats" ADD CONSTRAINT "policy_seats_holder_user_id_users_id_fk" FOREIGN KEY ("holder_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_seats" ADD CONSTRAINT "policy_seats_member_fk" FOREIGN KEY ("org_id","holder_member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_member_uq" ON "training_attendance" USING btree ("org_id","session_id","member_id");--> statement-breakpoint
CREATE INDEX "training_attendance_member_idx" ON "training_attendance" USING btree ("org_id","member_id");--> statement-breakpoint
CREATE INDEX "training_sessions_held_on_idx" ON "training_sessions" USING btree ("org_id","held_on");--> statement-breakpoint
CREATE INDEX "member_leadership_roles_member_idx" ON "member_leadership_roles" USING btree ("org_id","member_id");--> statement-breakpoint
CREATE INDEX "member_mentorships_member_idx" ON "member_mentorships" USING btree ("org_id","member_id");--> statement-breakpoint
CREATE INDEX "safe_space_visits_day_idx" ON "safe_space_visits" USING btree ("org_id","safe_space_id","visited_on");--> statement-breakpoint
CREATE UNIQUE INDEX "safe_space_visits_member_day_uq" ON "safe_space_visits" USING btree ("org_id","safe_space_id","visited_on","member_id") WHERE "safe_space_visits"."member_id" is not null;--> statement-breakpoint
CREATE INDEX "mobilization_checklist_event_idx" ON "mobilization_checklist_items" USING btree ("org_id","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mobilization_checklist_standard_uq" ON "mobilization_checklist_items" USING btree ("org_id","event_id","item_key") WHERE "mobilization_checklist_items"."item_key" <> 'custom';--> statement-breakpoint
CREATE INDEX "mobilization_events_date_idx" ON "mobilization_events" USING btree ("org_id","event_date");--> statement-breakpoint
CREATE UNIQUE INDEX "mobilization_events_commemoration_uq" ON "mobilization_events" USING btree ("org_id","commemoration_key","commemoration_year") WHERE "mobilization_events"."commemoration_key" is not null;--> statement-breakpoint
CREATE INDEX "advocacy_commitments_engagement_idx" ON "advocacy_commitments" USING btree ("org_id","engagement_id");--> statement-breakpoint
CREATE INDEX "advocacy_commitments_follow_up_idx" ON "advocacy_commitments" USING btree ("org_id","status","follow_up_on");--> statement-breakpoint
CREATE INDEX "advocacy_engagement_barriers_barrier_idx" ON "advocacy_engagement_barriers" USING btree ("org_id","barrier_id");--> statement-breakpoint
CREATE INDEX "advocacy_engagement_cases_case_idx" ON "advocacy_engagement_cases" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE INDEX "advocacy_engagements_date_idx" ON "advocacy_engagements" USING btree ("org_id","engaged_on");--> statement-breakpoint
CREATE INDEX "policy_seat_meetings_seat_idx" ON "policy_seat_meetings" USING btree ("org_id","seat_id");