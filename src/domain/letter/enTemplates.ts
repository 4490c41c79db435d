// The five English letters. Jurisdiction picks the regulator, legal basis and next legal step;
// the language variant picks spelling, date order, clock and sign-off.

import { daysBetween } from '../complaint/duration';
import { dateKeyAt } from '../zonedTime';
import { claimedTotal, type LetterContext, shorterDeadline } from './context';
import { amountFigure, interestLines } from './enLaw';
import { placeholder } from './placeholders';
import { formatDateKey, spell } from './format';
import { section, sections } from './render';
import type { LetterSection } from './types';
import {
  attachmentLines,
  closing,
  day,
  contactDetails,
  contactLine,
  contactList,
  demandLines,
  factParagraphs,
  firstComplaintDate,
  aboutTheCompany,
  greeting,
  heading,
  impactParagraph,
  legalParagraph,
  money,
  nextStepParagraph,
  overdueSentences,
  period,
  regulatorLabel,
  replyWindow,
  subject,
  ticketPhrase,
  times,
  title,
  whoIAm,
} from './enParts';

export interface EnLetter {
  title: string;
  sections: LetterSection[];
}

const attachments = (ctx: LetterContext, label = 'Enclosures:'): LetterSection | null =>
  section('attachments', [attachmentLines(ctx).join('\n')], label);

export function firstComplaint(ctx: LetterContext): EnLetter {
  const demands = demandLines(ctx);
  const list = contactList(ctx);
  return {
    title: title(ctx, 'Formal complaint'),
    sections: sections([
      section('heading', [heading(ctx)]),
      section('greeting', [greeting(ctx)]),
      section('complainant', [`${whoIAm(ctx)} I am writing to make a formal complaint about ${subject(ctx)}.`]),
      section('facts', factParagraphs(ctx)),
      section('contacts', [
        list && `I have already contacted you about this ${times(ctx.contacts.length)}, without a satisfactory result:`,
        list,
      ]),
      section('impact', [impactParagraph(ctx)]),
      section('legal-basis', [legalParagraph(ctx)]),
      section(
        'demands',
        demands.length
          ? ['I therefore ask you to:', demands.join('\n')]
          : ['Please investigate this matter and put it right.'],
      ),
      section('deadline', [`Please reply in writing ${replyWindow(ctx)}.`]),
      section('next-step', [nextStepParagraph(ctx)]),
      section('contact-details', [contactDetails(ctx)]),
      attachments(ctx),
      section('closing', [closing(ctx)]),
    ]),
  };
}

export function followUp(ctx: LetterContext): EnLetter {
  const first = firstComplaintDate(ctx, true);
  const demands = demandLines(ctx);
  return {
    title: title(ctx, 'Reminder of formal complaint'),
    sections: sections([
      section('heading', [heading(ctx)]),
      section('greeting', [greeting(ctx)]),
      section('complainant', [whoIAm(ctx)]),
      section('previous-complaint', [
        `On ${first ?? placeholder(ctx, 'first-complaint')}, I complained to you about ${subject(ctx)}` +
          `${ticketPhrase(ctx)}. I have not received an adequate reply, and the matter has not been resolved.`,
        ...overdueSentences(ctx),
      ]),
      section('facts', factParagraphs(ctx).slice(0, 2)),
      section(
        'demands',
        demands.length
          ? ['I repeat my requests. Please:', demands.join('\n')]
          : ['I ask you again to deal with my complaint.'],
      ),
      section('deadline', [`Please reply in writing ${replyWindow(ctx, shorterDeadline(ctx))}.`]),
      section('next-step', [nextStepParagraph(ctx, true)]),
      section('contact-details', [contactDetails(ctx)]),
      attachments(ctx),
      section('closing', [closing(ctx)]),
    ]),
  };
}

export function managerEscalation(ctx: LetterContext): EnLetter {
  const first = firstComplaintDate(ctx);
  const list = contactList(ctx);
  const history = list
    ? `${first ? `Since ${first}, ` : ''}I have contacted your customer service team ${times(ctx.contacts.length)} ` +
      `about ${subject(ctx)}${ticketPhrase(ctx)}, but the matter is still not resolved:`
    : `I have raised ${subject(ctx)} with your customer service team, but the matter is still not resolved.`;
  const finalPosition =
    ctx.jurisdiction === 'GB'
      ? 'send me your final position in writing; if you cannot resolve my complaint, ' +
        `please issue a deadlock letter so that I can take it to ${regulatorLabel(ctx)}`
      : 'send me your final position in writing';
  return {
    title: title(ctx, 'Escalation of complaint'),
    sections: sections([
      section('heading', [heading(ctx, 'Customer Services Manager')]),
      section('greeting', [greeting(ctx, true)]),
      section('complainant', [
        `${whoIAm(ctx)} I am asking you to take over my complaint, because your front-line team has not resolved it.`,
      ]),
      section('facts', factParagraphs(ctx)),
      section('contacts', [history, list]),
      section('impact', [impactParagraph(ctx)]),
      section('legal-basis', [legalParagraph(ctx)]),
      section('demands', [
        'Please:',
        demandLines(ctx, [
          'appoint a named person to own this complaint and give me their contact details',
          finalPosition,
        ]).join('\n'),
      ]),
      section('deadline', [`Please reply in writing ${replyWindow(ctx)}.`]),
      section('next-step', [nextStepParagraph(ctx)]),
      section('contact-details', [contactDetails(ctx)]),
      attachments(ctx),
      section('closing', [closing(ctx)]),
    ]),
  };
}

function priorComplaint(ctx: LetterContext): string {
  const first = firstComplaintDate(ctx);
  if (!first) return 'I have raised this with the company, but it has not been resolved.';
  const elapsed = ctx.firstComplaintDate ? daysBetween(ctx.firstComplaintDate, dateKeyAt(ctx.now, ctx.zone)) : null;
  const wait = ctx.regulator.waitDays;
  const deadlock = ctx.deadlockDate ? formatDateKey(ctx.deadlockDate, ctx.language) : null;
  let status = 'The company has not resolved my complaint.';
  if (deadlock) status = `The company issued a deadlock letter on ${deadlock}.`;
  else if (wait > 0 && elapsed !== null && elapsed >= wait)
    status = `More than ${period(wait)} have passed without a satisfactory answer.`;
  return `I first complained to the company on ${first}${ticketPhrase(ctx)}. ${status}`;
}

export function regulatorComplaint(ctx: LetterContext): EnLetter {
  const c = ctx.complainant;
  const demands = demandLines(ctx);
  return {
    title: title(ctx, 'Complaint'),
    sections: sections([
      section('heading', [`To: ${regulatorLabel(ctx)}`]),
      section(
        'complainant',
        [
          [
            c.name ?? placeholder(ctx, 'complainant-name'),
            c.phone && `Phone: ${c.phone}`,
            c.email && `Email: ${c.email}`,
            c.address && `Address: ${c.address}`,
            ctx.accountNumber && `Account number: ${ctx.accountNumber}`,
          ]
            .filter(Boolean)
            .join('\n'),
        ],
        'Complainant:',
      ),
      section(
        'respondent',
        [
          [
            ctx.provider,
            ctx.service && `Service: ${ctx.service}`,
            ctx.providerPhone && `Customer service: ${ctx.providerPhone}`,
            ctx.providerWebsite && `Website: ${ctx.providerWebsite}`,
          ]
            .filter(Boolean)
            .join('\n'),
        ],
        'Company complained about:',
      ),
      section(
        'demands',
        [
          (demands.length
            ? demands
            : demandLines(ctx, ['require the company to deal with my complaint properly'])
          ).join('\n'),
        ],
        'What I am asking for:',
      ),
      section('facts', factParagraphs(ctx).map(aboutTheCompany), 'What happened:'),
      section(
        'previous-complaint',
        [
          priorComplaint(ctx),
          ctx.contacts.map((line, i) => `${i + 1}. ${aboutTheCompany(contactLine(line, ctx))}`).join('\n'),
        ],
        'My complaint to the company:',
      ),
      section('impact', [impactParagraph(ctx)]),
      section('legal-basis', [legalParagraph(ctx) && aboutTheCompany(legalParagraph(ctx) ?? '')]),
      attachments(ctx, 'Evidence:'),
      section('closing', [[ctx.complainant.name, heading({ ...ctx, provider: undefined })].filter(Boolean).join('\n')]),
    ]),
  };
}

const CLAIM_LABEL = { direct: 'Compensation for my loss', 'lost-earnings': 'Lost earnings' } as const;

export function letterBeforeAction(ctx: LetterContext): EnLetter {
  const first = firstComplaintDate(ctx);
  const total = claimedTotal(ctx);
  const breakdown = ctx.demands
    .filter(
      (d) =>
        (d.kind === 'refund' || d.kind === 'compensation') && (d.amount !== undefined || d.unreadable !== undefined),
    )
    .map(
      (d, i) =>
        `${i + 1}. ${d.kind === 'refund' ? 'Refund of fees' : CLAIM_LABEL[ctx.lossKind ?? 'direct']}: ` +
        amountFigure(d, ctx),
    );
  const regulatorContacted = ctx.regulatorContacts.length > 0;
  const history = ctx.contacts.length
    ? `I have contacted you ${times(ctx.contacts.length)} since ` +
      `${first ?? day(ctx.contacts[0]?.atMs ?? ctx.now, ctx)}${ticketPhrase(ctx)}`
    : `On ${first ?? placeholder(ctx, 'first-complaint')}, I complained to you${ticketPhrase(ctx)}`;
  const pap =
    ctx.jurisdiction === 'GB'
      ? 'I send this letter in line with the Practice Direction on Pre-Action Conduct and Protocols. ' +
        'Please tell me in your reply whether you accept the claim and, if not, why not, ' +
        'and send me any documents you rely on.'
      : null;
  const court: Record<LetterContext['jurisdiction'], string> = {
    GB: 'start court proceedings against you (small claims)',
    US: 'file a claim against you in small claims court',
    EU: 'bring proceedings against you before the competent court',
    CN: 'bring proceedings against you before the competent people’s court',
  };
  const demands = demandLines(ctx);
  const lead = ctx.language === 'en-US' ? 'Final demand before legal action' : 'Letter before action';
  return {
    title: title(ctx, lead),
    sections: sections([
      section('heading', [heading(ctx)]),
      section('greeting', [greeting(ctx)]),
      section('complainant', [
        `${whoIAm(ctx)} This is my final letter before I take legal action about ${subject(ctx)}.`,
      ]),
      section('previous-complaint', [
        `${history}${regulatorContacted ? ', and I have complained to the regulator' : ''}, ` +
          'but you have not resolved the matter.',
      ]),
      section('facts', factParagraphs(ctx)),
      section('impact', [impactParagraph(ctx)]),
      section('legal-basis', [legalParagraph(ctx)], 'Basis of my claim:'),
      section('claim', [
        total > 0 && `I claim ${money(total, ctx)}, calculated as follows:`,
        breakdown.length > 0 && breakdown.join('\n'),
        ...(total > 0 ? interestLines(ctx, total) : []),
      ]),
      section(
        'demands',
        demands.length ? ['I require you to:', demands.join('\n')] : ['I require you to put this matter right.'],
      ),
      section('deadline', [`Please do so and reply in writing ${replyWindow(ctx)}.`, pap]),
      section('next-step', [
        'I am willing to consider alternative dispute resolution (ADR) to settle this matter. ' +
          `If I receive no ${spell('favourable', ctx.language)} response by then, ` +
          `I intend to ${court[ctx.jurisdiction]} without further notice.`,
      ]),
      section('contact-details', [contactDetails(ctx)]),
      attachments(ctx),
      section('closing', [closing(ctx)]),
    ]),
  };
}
