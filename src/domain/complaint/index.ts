// The complaint module's public surface for the side panel.

export * from './contacts';
export * from './duplicates';
export * from './duration';
export * from './escalation';
export * from './exhibits';
export * from './facts';
export * from './framePrefill';
export * from './legalBasis';
export * from './computations';
export * from './provisions';
export * from './regulators';
export * from './timeline';
export * from './validation';
export * from '../zonedTime';
export * from './coach';
