-- Decision 0033: topics are named by their producer for what happened (events) or by their one consumer
-- (requests). One was not; events already in outboxes (delivered or still waiting) take the new names, so
-- consumers find the undelivered ones under the topic they now register.

-- Written by commerce when an order of transport lines is paid (it was named after its consumer).
UPDATE "kit"."OutboxEvent" SET "topic" = 'commerce.external_order.paid' WHERE "topic" = 'transport.order.paid';

-- Retired: written when someone tried to sign up with an existing account's e-mail, read by nobody (the
-- attempt is in the audit log); a topic is produced only with a consumer, so its waiting events go.
DELETE FROM "kit"."OutboxEvent" WHERE "topic" = 'identity.account.sign_up_existing_email' AND "dispatchedAt" IS NULL;
