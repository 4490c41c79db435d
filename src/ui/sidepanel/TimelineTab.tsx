// Timeline: the incident, every capture, every contact and each deadline in one time-ordered list,
// overdue promises flagged, and the next escalation step with the date it opens.
import { useMemo } from 'preact/hooks';
import {
  buildTimeline,
  caseTimeZone,
  numberExhibits,
  suggestEscalation,
  type TimelineEvent,
} from '../../domain/complaint';
import type { Evidence } from '../../domain/evidence';
import type { CaseWithCount } from '../../domain/case';
import { factsWithCaseDefaults, type LetterTemplate } from '../../domain/letter';
import { systemTimeZone } from '../../domain/time';
import { formatCaptureTime, t } from '../shared/i18n';
import { channelLabel } from './contactLabels';
import { CalendarExport } from './CalendarExport';
import { EscalationCard } from './EscalationCard';
import type { Workspace } from './useWorkspace';

export function TimelineTab({
  current,
  items,
  workspace,
  onDraft,
}: {
  current: CaseWithCount;
  items: Evidence[];
  workspace: Workspace;
  onDraft: (template: LetterTemplate) => void;
}) {
  const { facts, contacts, exhibits } = workspace;
  const zone = caseTimeZone(facts, systemTimeZone());
  const now = Date.now();
  const events = useMemo(
    () => buildTimeline({ facts, evidence: items, contacts, now, timeZone: zone }),
    [facts, items, contacts, zone],
  );
  const numbers = useMemo(
    () => new Map(numberExhibits(items, exhibits).map((x) => [x.evidenceId, x])),
    [items, exhibits],
  );
  const byContact = new Map(contacts.map((c) => [c.id, c]));
  const byEvidence = new Map(items.map((e) => [e.id, e]));
  // The same country and language as the letter: the case's own frame, not the browser's.
  const next = suggestEscalation({ facts: factsWithCaseDefaults(current, facts), contacts, now, timeZone: zone })[0];

  const describe = (e: TimelineEvent): string => {
    const contact = e.refId ? byContact.get(e.refId) : undefined;
    switch (e.kind) {
      case 'incident-start':
        return t('timelineIncidentStart');
      case 'incident-end':
        return t('timelineIncidentEnd');
      case 'evidence': {
        const ex = e.refId ? numbers.get(e.refId) : undefined;
        const item = e.refId ? byEvidence.get(e.refId) : undefined;
        return [ex?.number ?? t('exhibitExcludedShort'), ex?.caption || item?.caption || item?.title || item?.url]
          .filter(Boolean)
          .join(' · ');
      }
      case 'contact':
        return [
          channelLabel(contact?.channel ?? 'phone'),
          contact?.agent,
          contact?.ticket && t('contactTicketShown', contact.ticket),
        ]
          .filter(Boolean)
          .join(' · ');
      case 'promise-deadline':
        return t('timelinePromiseDue', contact?.promise || contact?.ticket || '');
      case 'reply-deadline':
        return t('timelineReplyDue');
    }
  };

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timelineHeading')}</h2>
      {next && <EscalationCard suggestion={next} facts={facts} onDraft={onDraft} />}
      {events.length === 0 && <p class="empty muted">{t('timelineEmpty')}</p>}
      <ol class="timeline">
        {events.map((e) => (
          <li key={e.key} class={`tl-${e.kind}${e.overdue ? ' overdue' : ''}`} data-testid="timeline-event">
            <time dateTime={new Date(e.atMs).toISOString()}>
              {formatCaptureTime(e.atMs, zone, true, e.kind === 'evidence')}
            </time>
            <span class="tl-text">{describe(e)}</span>
            {e.overdue && <span class="badge">{t('timelineOverdue')}</span>}
          </li>
        ))}
      </ol>
      <CalendarExport
        name={facts.provider?.name || t('extName')}
        events={[
          ...events
            .filter((e) => e.kind === 'promise-deadline' || e.kind === 'reply-deadline')
            .map((e) => ({ uid: `${e.key}@proofpack`, summary: describe(e), when: e.atMs })),
          ...(next
            ? [{ uid: `escalation-${next.step}@proofpack`, summary: t('calendarEscalation'), when: next.earliestDate }]
            : []),
        ]}
      />
    </section>
  );
}
