// The next rung of the complaint ladder and the earliest date it opens, worked out from the contact
// log and the regulator rules (data in regulators.ts): provider → follow-up → regulator → legal step.

import type { LetterTemplate } from '../letter/types';
import { type ContactLogEntry, providerContacts } from './contacts';
import { addCalendarDays, addMonths } from './duration';
import { type CaseFacts, jurisdictionOf } from './facts';
import { REGULATOR_RULES, type RegulatorId, type RegulatorRule, regulatorForFacts, regulatorRule } from './regulators';
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
export function regulatorStep(
  input: EscalationInput,
  firstComplaint: string,
  today: string,
  ruleOverride?: RegulatorRule,
): EscalationSuggestion {
  const jurisdiction = jurisdictionOf(input.facts);
  const rules = input.rules ?? REGULATOR_RULES;
  const rule = ruleOverride ?? regulatorForFacts(input.facts, jurisdiction, rules);
  const zone = caseTimeZone(input.facts, input.timeZone);
  let earliest = addCalendarDays(firstComplaint, rule.waitDays) ?? firstComplaint;
  let reason: EscalationReason = earliest <= today ? 'waiting-period-over' : 'waiting-period';
  const deadlock = input.facts.deadlockLetterDate;
  const validDeadlock = deadlock && dateKeyToUtc(deadlock) !== null ? deadlock.trim() : null;
  if (rule.deadlockOpens && validDeadlock && validDeadlock < earliest) {
    earliest = validDeadlock;
    reason = 'deadlock-letter';
  }
  const limit =
    input.facts.problemType === 'billing-error' ? (rule.billingLimitMonths ?? rule.limitMonths) : rule.limitMonths;
  // A limit counted from the final response only runs once there is one (a deadlock letter).
  const from =
    rule.limitFrom === 'final-response' ? validDeadlock : earliestDateKey([input.facts.incident?.start], zone);
  const latest = limit !== undefined && from ? addMonths(from, limit) : null;
  const tooLate = latest !== null && latest < today;
  if (tooLate && !ruleOverride && rule.id === 'cn-miit-12300') {
    // MIIT refuses after its time bars; 12315 still takes consumer disputes for 3 years.
    const next = regulatorRule('cn-12315', rules);
    if (next) return regulatorStep(input, firstComplaint, today, next);
  }
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

  const chase = chaseStep(input, zone, today);
  const rule = regulatorForFacts(input.facts, jurisdictionOf(input.facts), input.rules ?? REGULATOR_RULES);
  // Outside regulated sectors UK ADR is voluntary: no body to escalate to, the next rung is the court.
  if (rule.id === 'gb-adr') return chase ? [chase, legal] : [legal];
  const regulator = regulatorStep(input, firstComplaint, today);
  if (regulator.reason === 'time-limit-passed') return [{ ...legal, reason: 'time-limit-passed' }];
  if (regulator.ready) {
    if (!chase) return [regulator, legal];
    // A promise just broken is chased first; an unanswered letter goes to the body.
    return chase.reason === 'promise-overdue' ? [chase, regulator, legal] : [regulator, chase, legal];
  }
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
