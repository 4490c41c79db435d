// "Add the deadlines to my calendar": the case's promise and reply deadlines, and the day the next
// escalation step opens, as an .ics file in the downloads (built in this page; nothing is sent).
import { useState } from 'preact/hooks';
import { buildCalendar, type CalendarEvent } from '../../domain/ics';
import { t } from '../shared/i18n';
import { saveBlob } from './bundle/download';

const FILE_NAME = 'proofpack-deadlines.ics';

export function CalendarExport({ events, name }: { events: CalendarEvent[]; name: string }) {
  const [state, setState] = useState<'idle' | 'saved' | 'failed'>('idle');
  if (events.length === 0) return null;
  const save = async () => {
    const text = buildCalendar(events, { now: Date.now(), name });
    try {
      await saveBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), FILE_NAME);
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  return (
    <div class="calendar-export">
      <button type="button" onClick={save}>
        {t('calendarExport', events.length)}
      </button>
      <p class={state === 'failed' ? 'status error' : 'muted'} role="status">
        {state === 'saved' && t('calendarSaved', FILE_NAME)}
        {state === 'failed' && t('calendarFailed')}
      </p>
    </div>
  );
}
