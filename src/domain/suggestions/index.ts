// Suggestions from the evidence: what the side panel offers for Facts and Contacts.
export * from './amounts';
export * from './apply';
export * from './extract';
export * from './promises';
