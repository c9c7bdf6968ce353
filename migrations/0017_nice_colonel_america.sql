CREATE TABLE "capacity_action_notes" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"note_enc" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "capacity_action_notes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "capacity_actions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"assessment_id" uuid,
	"item_keys" text[] NOT NULL,
	"title" text NOT NULL,
	"responsible_role" text NOT NULL,
	"support_needed" text,
	"resources" text,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"completed_on" date,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "capacity_actions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "capacity_actions_status_ck" CHECK ("capacity_actions"."status" in ('planned', 'in_progress', 'done', 'dropped')),
	CONSTRAINT "capacity_actions_item_keys_ck" CHECK (cardinality("capacity_actions"."item_keys") >= 1)
);
--> statement-breakpoint
CREATE TABLE "org_documents" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date,
	"file_id" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "org_documents_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "org_documents_kind_ck" CHECK ("org_documents"."kind" in ('statutes', 'board_minutes', 'audit', 'registration', 'tax', 'other')),
	CONSTRAINT "org_documents_dates_ck" CHECK ("org_documents"."expires_on" is null or "org_documents"."expires_on" >= "org_documents"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "org_strategies" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"vision" text,
	"mission" text,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "strategic_objectives" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "strategic_objectives_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "workplan_activities" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"objective_id" uuid,
	"grant_id" uuid,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text NOT NULL,
	"responsible_role" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "workplan_activities_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "workplan_activities_status_ck" CHECK ("workplan_activities"."status" in ('planned', 'in_progress', 'done', 'delayed', 'cancelled')),
	CONSTRAINT "workplan_activities_dates_ck" CHECK ("workplan_activities"."ends_on" >= "workplan_activities"."starts_on")
);
--> statement-breakpoint
ALTER TABLE "capacity_action_notes" ADD CONSTRAINT "capacity_action_notes_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_action_notes" ADD CONSTRAINT "capacity_action_notes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_action_notes" ADD CONSTRAINT "capacity_action_notes_org_id_action_id_capacity_actions_org_id_id_fk" FOREIGN KEY ("org_id","action_id") REFERENCES "public"."capacity_actions"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_actions" ADD CONSTRAINT "capacity_actions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_actions" ADD CONSTRAINT "capacity_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_actions" ADD CONSTRAINT "capacity_actions_org_id_assessment_id_capacity_assessments_org_id_id_fk" FOREIGN KEY ("org_id","assessment_id") REFERENCES "public"."capacity_assessments"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_documents" ADD CONSTRAINT "org_documents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_documents" ADD CONSTRAINT "org_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_documents" ADD CONSTRAINT "org_documents_org_id_file_id_stored_files_org_id_id_fk" FOREIGN KEY ("org_id","file_id") REFERENCES "public"."stored_files"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_strategies" ADD CONSTRAINT "org_strategies_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_strategies" ADD CONSTRAINT "org_strategies_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_objectives" ADD CONSTRAINT "strategic_objectives_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_activities" ADD CONSTRAINT "workplan_activities_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workplan_activities" ADD CONSTRAINT "workplan_activities_org_id_objective_id_strategic_objectives_org_id_id_fk" FOREIGN KEY ("org_id","objective_id") REFERENCES "public"."strategic_objectives"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capacity_action_notes_action_idx" ON "capacity_action_notes" USING btree ("org_id","action_id","created_at");--> statement-breakpoint
CREATE INDEX "capacity_actions_due_idx" ON "capacity_actions" USING btree ("org_id","status","due_on");--> statement-breakpoint
CREATE INDEX "capacity_actions_item_keys_idx" ON "capacity_actions" USING gin ("item_keys");--> statement-breakpoint
CREATE INDEX "org_documents_expiry_idx" ON "org_documents" USING btree ("org_id","expires_on");--> statement-breakpoint
CREATE INDEX "workplan_activities_dates_idx" ON "workplan_activities" USING btree ("org_id","starts_on");--> statement-breakpoint
CREATE INDEX "workplan_activities_grant_idx" ON "workplan_activities" USING btree ("org_id","grant_id");