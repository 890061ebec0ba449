-- When the command sent under a key was committed, written in the command's own transaction: a request that lost its
-- answer in a crash is then known to be recorded, and is never recorded a second time by a retry that takes its key
-- over.
alter table idempotency_key add column committed_at timestamptz;
