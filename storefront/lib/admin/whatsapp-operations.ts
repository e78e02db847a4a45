import { graphql } from '../../gql';

// The back office's WhatsApp operations (commerce, decision 0075), with the signed-in user's token:
// administrators and staff read and answer conversations; administrators connect the number.

export const AdminConversationsQuery = graphql(`
  query AdminConversations($handler: ConversationHandler) {
    conversations(handler: $handler) {
      id
      customerPhone
      customerName
      handler
      updatedAt
    }
    whatsappSimulatorAvailable
  }
`);

export const AdminConversationQuery = graphql(`
  query AdminConversation($id: ID!) {
    conversation(id: $id) {
      id
      customerPhone
      customerName
      handler
      language
      windowOpen
      approvedTemplates
      templates {
        name
        language
        bodyVariables
      }
      messages {
        id
        direction
        text
        status
        error
        fromStaff
        sentAt
      }
      orders {
        id
        number
        status
        total {
          amount
          currency
        }
        createdAt
      }
    }
  }
`);

export const AdminWhatsappConnectionQuery = graphql(`
  query AdminWhatsappConnection {
    whatsappConnection {
      phoneNumberId
      displayPhoneNumber
      baseUrl
      verifyToken
      webhookUrl
      approvedTemplates
      templateLanguage
      templates {
        name
        language
        bodyVariables
      }
    }
    whatsappSimulatorAvailable
  }
`);

export const AdminSaveWhatsappConnectionMutation = graphql(`
  mutation AdminSaveWhatsappConnection($input: WhatsappConnectionInput!) {
    saveWhatsappConnection(input: $input) {
      connection {
        phoneNumberId
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRemoveWhatsappConnectionMutation = graphql(`
  mutation AdminRemoveWhatsappConnection {
    removeWhatsappConnection {
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReplyToConversationMutation = graphql(`
  mutation AdminReplyToConversation($id: ID!, $text: String, $template: String, $templateParameters: [String!], $clientId: String!) {
    replyToConversation(conversationId: $id, text: $text, template: $template, templateParameters: $templateParameters, clientId: $clientId) {
      conversation {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminWhatsappConversationExportQuery = graphql(`
  query AdminWhatsappConversationExport($phone: String!) {
    whatsappConversationExport(phone: $phone)
  }
`);

export const AdminEraseWhatsappConversationMutation = graphql(`
  mutation AdminEraseWhatsappConversation($phone: String!) {
    eraseWhatsappConversation(phone: $phone) {
      erased
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetConversationHandlerMutation = graphql(`
  mutation AdminSetConversationHandler($id: ID!, $handler: ConversationHandler!) {
    setConversationHandler(conversationId: $id, handler: $handler) {
      conversation {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
