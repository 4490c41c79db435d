// The next rung of the complaint ladder and the earliest date it opens, worked out from the contact
// log and the regulator rules (data in regulators.ts): provider → follow-up → regulator → legal step.

import type { LetterTemplate } from '../letter/types';
import { type ContactLogEntry, providerContacts } from './contacts';
import { addCalendarDays, addMonths } from './duration';
import { type CaseFacts, jurisdictionOf } from './facts';
import { REGULATOR_RULES, type RegulatorId, type RegulatorRule, regulatorFor } from './regulators';
import { caseTimeZone, overduePromises, replyDeadlineMs } from './timeline';
import { dateKeyAt, dateKeyToUtc, parseInstant } from '../zonedTime';

export type EscalationStep = 'complain-to-provider' | 'follow-up' | 'manager' | 'regulator' | 'legal-action';

/** Why a step is suggested, as a code the UI localises. */
export type EscalationReason =
  | 'no-contact-yet'
  | 'promise-overdue'
  | 'reply-overdue'
  | 'waiting-period'
  | 'waiting-period-over'
  | 'deadlock-letter'
  | 'regulator-contacted'
  | 'time-limit-passed';

export interface EscalationSuggestion {
  step: EscalationStep;
  template: LetterTemplate;
  regulator?: RegulatorId;
  /** `YYYY-MM-DD` from which the step is open, in the case's zone. */
  earliestDate: string;
  ready: boolean;
  /** `YYYY-MM-DD` after which the body refuses the case (approximate: counted from the incident start). */
  latestDate?: string;
  reason: EscalationReason;
}

export interface EscalationInput {
  facts: CaseFacts;
  contacts: readonly ContactLogEntry[];
  now: number;
  timeZone?: string;
  rules?: readonly RegulatorRule[];
}

function earliestDateKey(values: (string | undefined)[], zone: string): string | null {
  const keys = values.flatMap((v) => {
    if (!v) return [];
    if (/^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return dateKeyToUtc(v) === null ? [] : [v.trim()];
    const ms = parseInstant(v, zone);
    return ms === null ? [] : [dateKeyAt(ms, zone)];
  });
  return keys.sort()[0] ?? null;
}

/**
 * The regulator step: earliest date after the waiting period (or a deadlock letter), latest date by the
 * time limits.
 */
export function regulatorStep(input: EscalationInput, firstComplaint: string, today: string): EscalationSuggestion {
  const jurisdiction = jurisdictionOf(input.facts);
  const rule = regulatorFor(jurisdiction, input.facts.sector, input.rules ?? REGULATOR_RULES);
  const zone = caseTimeZone(input.facts, input.timeZone);
  let earliest = addCalendarDays(firstComplaint, rule.waitDays) ?? firstComplaint;
  let reason: EscalationReason = earliest <= today ? 'waiting-period-over' : 'waiting-period';
  const deadlock = input.facts.deadlockLetterDate;
  if (rule.deadlockOpens && deadlock && dateKeyToUtc(deadlock) !== null && deadlock < earliest) {
    earliest = deadlock;
    reason = 'deadlock-letter';
  }
  const limit =
    input.facts.problemType === 'billing-error' ? (rule.billingLimitMonths ?? rule.limitMonths) : rule.limitMonths;
  const incidentStart = earliestDateKey([input.facts.incident?.start], zone);
  const latest = limit !== undefined && incidentStart ? addMonths(incidentStart, limit) : null;
  const tooLate = latest !== null && latest < today;
  return {
    step: 'regulator',
    template: 'regulator',
    regulator: rule.id,
    earliestDate: earliest,
    ready: earliest <= today && !tooLate,
    ...(latest ? { latestDate: latest } : {}),
    reason: tooLate ? 'time-limit-passed' : reason,
  };
}

/** Suggestions best first: the first one is the next step, the rest are what follows. */
export function suggestEscalation(input: EscalationInput): EscalationSuggestion[] {
  const zone = caseTimeZone(input.facts, input.timeZone);
  const today = dateKeyAt(input.now, zone);
  const toProvider = providerContacts(input.contacts);
  const firstComplaint = earliestDateKey([...toProvider.map((c) => c.at), input.facts.firstLetterDate], zone);
  if (!firstComplaint) {
    return [
      {
        step: 'complain-to-provider',
        template: 'first-complaint',
        earliestDate: today,
        ready: true,
        reason: 'no-contact-yet',
      },
    ];
  }
  const legal: EscalationSuggestion = {
    step: 'legal-action',
    template: 'letter-before-action',
    earliestDate: today,
    ready: true,
    reason: 'regulator-contacted',
  };
  if (input.contacts.some((c) => c.channel === 'regulator')) return [legal];

  const regulator = regulatorStep(input, firstComplaint, today);
  if (regulator.reason === 'time-limit-passed') return [{ ...legal, reason: 'time-limit-passed' }];
  const chase = chaseStep(input, zone, today);
  if (regulator.ready) return chase ? [regulator, chase, legal] : [regulator, legal];
  return [
    chase ?? {
      step: 'manager',
      template: 'manager-escalation',
      earliestDate: today,
      ready: true,
      reason: 'waiting-period',
    },
    regulator,
  ];
}

/** A follow-up when a promise or the reply deadline has passed, else null. */
function chaseStep(input: EscalationInput, zone: string, today: string): EscalationSuggestion | null {
  if (overduePromises(input.contacts, input.now, zone).length > 0) {
    return { step: 'follow-up', template: 'follow-up', earliestDate: today, ready: true, reason: 'promise-overdue' };
  }
  const reply = replyDeadlineMs(input.facts, zone);
  if (reply !== null && reply < input.now) {
    return {
      step: 'follow-up',
      template: 'follow-up',
      earliestDate: dateKeyAt(reply + 1, zone),
      ready: true,
      reason: 'reply-overdue',
    };
  }
  return null;
}
