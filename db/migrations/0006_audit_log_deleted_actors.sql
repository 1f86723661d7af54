-- The audit log stays append-only, with one exception the foreign key needs: when a user is
-- deleted, ON DELETE SET NULL clears actor_id on their rows (actor_label still says who it was).
-- Only that change is let through, and only once the user row is gone.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.actor_id IS NOT NULL AND NEW.actor_id IS NULL
     AND (to_jsonb(NEW) - 'actor_id') = (to_jsonb(OLD) - 'actor_id')
     AND NOT EXISTS (SELECT 1 FROM "users" WHERE "id" = OLD.actor_id) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
