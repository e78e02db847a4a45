import { graphql } from '../../gql';

// Operations of the back office's "Messages" section and the platform's "Mailbox" (notifications; always with
// the signed-in user's token). The notifications subgraph decides who may: the tenant's administrators read
// the delivery log, retry, edit templates and set providers; the platform's SUPER_ADMIN reads the sandboxes.
// `npm run codegen` (repo root) types these in ../../gql.

export const AdminNotificationMessageFieldsFragment = graphql(`
  fragment AdminNotificationMessageFields on NotificationMessage {
    id
    template
    channel
    recipient
    locale
    status
    lastError
    attempts
    createdAt
  }
`);

// The delivery log, newest first; the dead-letter list is status DEAD.
export const AdminNotificationMessagesQuery = graphql(`
  query AdminNotificationMessages($status: NotificationStatus, $channel: NotificationChannel, $recipient: String, $after: String) {
    notificationMessages(status: $status, channel: $channel, recipient: $recipient, first: 30, after: $after) {
      edges {
        node {
          ...AdminNotificationMessageFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// One message as it was sent (the one-time secret shows as the API redacts it), with its delivery history.
export const AdminNotificationMessageQuery = graphql(`
  query AdminNotificationMessage($id: ID!) {
    notificationMessage(id: $id) {
      ...AdminNotificationMessageFields
      subject
      body
      lastError
      provider
      providerMessageId
      sentAt
      deliveredAt
      nextAttemptAt
    }
  }
`);

export const AdminRetryNotificationMutation = graphql(`
  mutation AdminRetryNotification($id: ID!) {
    retryNotification(id: $id) {
      message {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminNotificationTemplateFieldsFragment = graphql(`
  fragment AdminNotificationTemplateFields on NotificationTemplate {
    key
    channel
    locale
    subject
    body
    customised
    variables
  }
`);

// Every template key x channel in one language: the tenant's own wording or the default.
export const AdminNotificationTemplatesQuery = graphql(`
  query AdminNotificationTemplates($locale: String) {
    notificationTemplates(locale: $locale) {
      ...AdminNotificationTemplateFields
    }
  }
`);

// A template rendered with sample variables, as typed (nothing saved).
export const AdminPreviewNotificationTemplateQuery = graphql(`
  query AdminPreviewNotificationTemplate($input: NotificationTemplateInput!) {
    previewNotificationTemplate(input: $input) {
      subject
      text
      html
    }
  }
`);

export const AdminSaveNotificationTemplateMutation = graphql(`
  mutation AdminSaveNotificationTemplate($input: NotificationTemplateInput!) {
    saveNotificationTemplate(input: $input) {
      template {
        ...AdminNotificationTemplateFields
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminResetNotificationTemplateMutation = graphql(`
  mutation AdminResetNotificationTemplate($key: String!, $channel: NotificationChannel!, $locale: String!) {
    resetNotificationTemplate(key: $key, channel: $channel, locale: $locale) {
      template {
        ...AdminNotificationTemplateFields
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

// The provider of each channel (credentials are never returned: only whether they are set).
export const AdminNotificationProvidersQuery = graphql(`
  query AdminNotificationProviders {
    notificationProviders {
      channel
      provider
      senderId
      baseUrl
      configured
      sandbox
      deliveryReportUrl
    }
  }
`);

export const AdminSaveNotificationProviderMutation = graphql(`
  mutation AdminSaveNotificationProvider($input: SaveNotificationProviderInput!) {
    saveNotificationProvider(input: $input) {
      provider {
        channel
        provider
        configured
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

// What the local mail sink and the SMS, WhatsApp and push sandboxes received, newest first (SUPER_ADMIN).
export const AdminSandboxMessagesQuery = graphql(`
  query AdminSandboxMessages($channel: NotificationChannel, $to: String) {
    sandboxMessages(channel: $channel, to: $to, first: 100) {
      id
      channel
      provider
      from
      to
      subject
      text
      html
      receivedAt
    }
  }
`);
