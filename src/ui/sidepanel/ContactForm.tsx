// Adding or editing one contact with the provider. "Link a captured chat" fills time, channel,
// agent and ticket number from a transcript, so the user only checks them.
import { useState } from 'preact/hooks';
import {
  CONTACT_CHANNELS,
  type ContactChannel,
  type ContactLogEntry,
  contactFromTranscript,
  findTicketNumbers,
  parseInstant,
  wallClockKeyAt,
} from '../../domain/complaint';
import type { Evidence } from '../../domain/evidence';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { formatCaptureTime, t } from '../shared/i18n';
import { channelLabel } from './contactLabels';

interface Props {
  initial: ContactLogEntry;
  transcripts: Evidence[];
  timeZone: string;
  onSave: (entry: ContactLogEntry) => void;
  onCancel: () => void;
}

/** A stored time as a datetime-local field shows it (RFC 3339 values are read in the case's zone). */
const forInput = (value: string | undefined, zone: string): string => {
  const ms = parseInstant(value, zone);
  return ms === null ? (value ?? '') : wallClockKeyAt(ms, zone);
};

export function ContactForm({ initial, transcripts, timeZone, onSave, onCancel }: Props) {
  const [entry, setEntry] = useState<ContactLogEntry>({
    ...initial,
    at: forInput(initial.at, timeZone),
    promiseDeadline: forInput(initial.promiseDeadline, timeZone),
  });
  const [error, setError] = useState<string | null>(null);
  const set = (change: Partial<ContactLogEntry>) => setEntry((e) => ({ ...e, ...change }));

  const link = async (evidenceId: string) => {
    if (!evidenceId) return;
    try {
      const transcript = await request('evidence/transcript', { evidenceId });
      if (!transcript) throw new Error(t('contactTranscriptMissing'));
      const found = contactFromTranscript(transcript);
      const ms = parseInstant(found.at, timeZone);
      set({ ...found, at: ms === null ? entry.at : wallClockKeyAt(ms, timeZone), evidenceIds: [evidenceId] });
    } catch (e) {
      setError(describeError(e));
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (parseInstant(entry.at, timeZone) === null) {
      setError(t('contactTimeRequired'));
      return;
    }
    const ticket = entry.ticket?.trim() || findTicketNumbers(`${entry.summary ?? ''}\n${entry.promise ?? ''}`)[0];
    onSave({ ...entry, ...(ticket ? { ticket } : {}) });
  };
  const text = (key: 'agent' | 'ticket' | 'summary' | 'promise', label: Parameters<typeof t>[0], multiline = false) => (
    <div class="field">
      <label for={`contact-${key}`}>{t(label)}</label>
      {multiline ? (
        <textarea
          id={`contact-${key}`}
          rows={3}
          value={entry[key] ?? ''}
          onInput={(e) => set({ [key]: e.currentTarget.value })}
        />
      ) : (
        <input id={`contact-${key}`} value={entry[key] ?? ''} onInput={(e) => set({ [key]: e.currentTarget.value })} />
      )}
    </div>
  );

  return (
    <form class="card contact-form" onSubmit={submit} aria-labelledby="contact-form-heading" noValidate>
      <h3 id="contact-form-heading">{initial.at ? t('contactEditHeading') : t('contactAddHeading')}</h3>
      {transcripts.length > 0 && (
        <div class="field">
          <label for="contact-transcript">{t('contactLinkTranscript')}</label>
          <select
            id="contact-transcript"
            value={entry.evidenceIds?.[0] ?? ''}
            onChange={(e) => void link(e.currentTarget.value)}
          >
            <option value="">{t('contactNoTranscript')}</option>
            {transcripts.map((tr) => (
              <option
                key={tr.id}
                value={tr.id}
              >{`${formatCaptureTime(tr.capturedAtMs, tr.timeZone)} · ${tr.title || tr.url}`}</option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="contact-at">{t('contactTime')}</label>
        <input
          id="contact-at"
          type="datetime-local"
          value={entry.at}
          required
          onInput={(e) => set({ at: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="contact-channel">{t('contactChannel')}</label>
        <select
          id="contact-channel"
          value={entry.channel}
          onChange={(e) => set({ channel: e.currentTarget.value as ContactChannel })}
        >
          {CONTACT_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelLabel(c)}
            </option>
          ))}
        </select>
      </div>
      {text('agent', 'contactAgent')}
      {text('ticket', 'contactTicket')}
      {text('summary', 'contactSummary', true)}
      {text('promise', 'contactPromise')}
      <div class="field">
        <label for="contact-deadline">{t('contactPromiseDeadline')}</label>
        <input
          id="contact-deadline"
          type="datetime-local"
          value={entry.promiseDeadline ?? ''}
          onInput={(e) => set({ promiseDeadline: e.currentTarget.value })}
        />
      </div>
      <div class="check">
        <input
          id="contact-kept"
          type="checkbox"
          checked={entry.promiseKept === true}
          onChange={(e) => set({ promiseKept: e.currentTarget.checked })}
        />
        <label for="contact-kept" class="inline">
          {t('contactKept')}
        </label>
      </div>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="submit" class="primary">
          {t('contactSave')}
        </button>
      </div>
    </form>
  );
}
