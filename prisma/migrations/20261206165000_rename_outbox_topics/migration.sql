-- Decision 0033: topics are named by their producer for what happened (events) or by their one consumer
-- (requests). Two were not; events already in outboxes (delivered or still waiting) take the new names, so
-- consumers find the undelivered ones under the topic they now register.

-- Written by commerce when an order of transport lines is paid (it was named after its consumer).
UPDATE "kit"."OutboxEvent" SET "topic" = 'commerce.external_order.paid' WHERE "topic" = 'transport.order.paid';

-- Someone attempted to sign up with an existing account's e-mail (not a past tense).
UPDATE "kit"."OutboxEvent" SET "topic" = 'identity.account.sign_up_attempted' WHERE "topic" = 'identity.account.sign_up_existing_email';
