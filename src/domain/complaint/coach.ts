// The case coach: the one next thing to do, worked out from the case — capture evidence, log the
// contacts, send the letter, then chase or escalate on the date the next rung opens (escalation.ts).

import { type ContactLogEntry, providerContacts } from './contacts';
import { type EscalationInput, suggestEscalation } from './escalation';
import type { RegulatorId } from './regulators';
import { caseTimeZone, replyDeadlineMs } from './timeline';
import { dateKeyAt } from '../zonedTime';

export type CoachStep =
  | { kind: 'capture' }
  | { kind: 'log-contacts' }
  | { kind: 'send-letter' }
  | { kind: 'follow-up' }
  /** `date`: `YYYY-MM-DD` the body takes the case from; `open` when that is today or earlier. */
  | { kind: 'escalate'; regulator: RegulatorId; date: string; open: boolean }
  /** `replyBy`: while the reply deadline runs, the legal step waits for it. */
  | { kind: 'legal-action'; replyBy?: string };

/** Where the panel lets the user act on each step. */
export type CoachTarget = 'evidence' | 'contacts' | 'letter' | 'timeline';

export const COACH_TARGET: Record<CoachStep['kind'], CoachTarget> = {
  capture: 'evidence',
  'log-contacts': 'contacts',
  'send-letter': 'letter',
  'follow-up': 'timeline',
  escalate: 'timeline',
  'legal-action': 'timeline',
};

export interface CoachInput extends EscalationInput {
  /** Items of evidence in the case. */
  evidenceCount: number;
  contacts: readonly ContactLogEntry[];
}

/** The next step for the case. `facts` should carry the case's defaults (factsWithCaseDefaults). */
export function caseCoach(input: CoachInput): CoachStep {
  if (input.evidenceCount === 0) return { kind: 'capture' };
  if (providerContacts(input.contacts).length === 0) return { kind: 'log-contacts' };
  if (!input.facts.firstLetterDate?.trim()) return { kind: 'send-letter' };
  const steps = suggestEscalation(input);
  const next = steps[0];
  if (next?.step === 'follow-up') return { kind: 'follow-up' };
  // While the body's waiting period runs, what the user waits for is the date it opens.
  const regulator = steps.find((s) => s.step === 'regulator');
  if (regulator?.regulator && (next?.step === 'regulator' || next?.step === 'manager')) {
    return { kind: 'escalate', regulator: regulator.regulator, date: regulator.earliestDate, open: regulator.ready };
  }
  const reply = replyDeadlineMs(input.facts, caseTimeZone(input.facts, input.timeZone));
  const waiting = reply !== null && reply > input.now && !input.contacts.some((c) => c.channel === 'regulator');
  return waiting
    ? { kind: 'legal-action', replyBy: dateKeyAt(reply, caseTimeZone(input.facts, input.timeZone)) }
    : { kind: 'legal-action' };
}
