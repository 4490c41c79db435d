// The contact log: every call, chat or email with the provider, with ticket numbers and promises.
import { useState } from 'preact/hooks';
import type { CaseWithCount } from '../../domain/case';
import { type ContactLogEntry, caseTimeZone, parseDeadline, parseInstant } from '../../domain/complaint';
import type { Evidence } from '../../domain/evidence';
import { systemTimeZone } from '../../domain/time';
import { request } from '../../messaging/client';
import { formatCaptureTime, t } from '../shared/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { ContactForm } from './ContactForm';
import { EvidenceSuggestions } from './EvidenceSuggestions';
import { channelLabel } from './contactLabels';
import type { Workspace } from './useWorkspace';

interface Props {
  current: CaseWithCount;
  items: Evidence[];
  workspace: Workspace;
}

export function ContactsTab({ current, items, workspace }: Props) {
  const [editing, setEditing] = useState<ContactLogEntry | null>(null);
  const [deleting, setDeleting] = useState<ContactLogEntry | null>(null);
  const zone = caseTimeZone(workspace.facts, systemTimeZone());
  const transcripts = items.filter((e) => e.kind === 'transcript');
  const now = Date.now();
  const save = async (entry: ContactLogEntry) => {
    setEditing(null);
    await request('contact/put', { caseId: current.id, entry });
  };
  const when = (value: string | undefined, deadline = false) => {
    const ms = deadline ? parseDeadline(value, zone) : parseInstant(value, zone);
    return ms === null ? (value ?? '') : formatCaptureTime(ms, zone, true, false);
  };

  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">{t('contactHeading')}</h2>
      {!editing && <EvidenceSuggestions current={current} items={items} workspace={workspace} target="contacts" />}
      {!editing && (
        <button
          type="button"
          class="primary"
          onClick={() => setEditing({ id: crypto.randomUUID(), at: '', channel: 'phone' })}
        >
          {t('contactAdd')}
        </button>
      )}
      {editing && (
        <ContactForm
          initial={editing}
          transcripts={transcripts}
          timeZone={zone}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {workspace.contacts.length === 0 && !editing && <p class="empty muted">{t('contactNone')}</p>}
      <ol class="contact-list">
        {workspace.contacts.map((c) => {
          const due = parseDeadline(c.promiseDeadline, zone);
          const overdue = due !== null && due < now && !c.promiseKept;
          return (
            <li key={c.id} class="card" data-testid="contact-entry">
              <div class="contact-head">
                <strong>{when(c.at)}</strong> · {channelLabel(c.channel)}
                {c.agent && ` · ${c.agent}`}
              </div>
              {c.ticket && <div>{t('contactTicketShown', c.ticket)}</div>}
              {c.summary && <p class="pre">{c.summary}</p>}
              {c.promise && (
                <p class={overdue ? 'promise overdue' : 'promise'}>
                  {t('contactPromiseShown', c.promise)}
                  {c.promiseDeadline && ` — ${when(c.promiseDeadline, true)}`}
                  {overdue && <span class="badge">{t('timelineOverdue')}</span>}
                  {c.promiseKept && <span class="badge ok">{t('contactKeptShort')}</span>}
                </p>
              )}
              <div class="actions">
                <button type="button" onClick={() => setEditing(c)} aria-label={t('contactEditNamed', when(c.at))}>
                  {t('contactEdit')}
                </button>
                <button
                  type="button"
                  class="danger"
                  onClick={() => setDeleting(c)}
                  aria-label={t('contactDeleteNamed', when(c.at))}
                >
                  {t('contactDelete')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {deleting && (
        <ConfirmDialog
          title={t('contactDeleteTitle')}
          body={t('contactDeleteBody')}
          confirmLabel={t('contactDelete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void request('contact/delete', { caseId: current.id, contactId: id });
          }}
        />
      )}
    </section>
  );
}
