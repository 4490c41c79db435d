// Trusted timestamps, off by default: says exactly what leaves the machine and to whom, and asks
// the browser for that authority's origin only when the user turns them on.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  type AuthorityId,
  chosenAuthority,
  originPattern,
  PRESET_AUTHORITIES,
  TIMESTAMPS_OFF,
  type TimestampSettings as Settings,
} from '../../domain/timestamp/authorities';
import { request } from '../../messaging/client';
import { describeError } from '../shared/errors';
import { t } from '../shared/i18n';

export function TimestampSettings() {
  const [saved, setSaved] = useState<Settings>(TIMESTAMPS_OFF);
  const [draft, setDraft] = useState<Settings>(TIMESTAMPS_OFF);
  const [status, setStatus] = useState('');
  useEffect(
    () =>
      void request('timestamps/settings', {}).then(
        (s) => {
          setSaved(s);
          // Settings that load after the user started choosing never undo their choice.
          setDraft((current) => (current === TIMESTAMPS_OFF ? s : current));
        },
        () => undefined,
      ),
    [],
  );
  const target = chosenAuthority({ ...draft, enabled: true });
  // Saves answer out of order on a busy machine: only the latest one's reply counts.
  const latestSave = useRef(0);

  const save = async (next: Settings, granted: Promise<boolean>) => {
    const mine = ++latestSave.current;
    try {
      // Asked first, inside the click: the browser shows its prompt only for a user gesture.
      if (next.enabled && !(await granted)) return setStatus(t('tsPermissionRefused'));
      const stored = await request('timestamps/settings', next);
      if (mine !== latestSave.current) return;
      setSaved(stored);
      // What the user typed while this was saving stays; only the draft that was saved is replaced.
      setDraft((current) => (current === next ? stored : current));
      setStatus('');
    } catch (e) {
      if (mine === latestSave.current) setStatus(describeError(e));
    }
  };
  const change = (next: Settings) => {
    setDraft(next);
    const authority = chosenAuthority(next);
    if (next.enabled && !authority) return setStatus(t('tsCustomInvalid'));
    // Only turning timestamps on (or changing the authority while on) asks the browser for the origin.
    const granted =
      next.enabled && authority
        ? browser.permissions.request({ origins: [originPattern(authority)] })
        : Promise.resolve(true);
    void save(next, granted);
  };

  return (
    <div class="prefs timestamp-settings" data-testid="timestamp-settings">
      <p>{t('tsIntro')}</p>
      <p>{t('tsWhatIsSent')}</p>
      <label for="ts-authority">{t('tsAuthority')}</label>
      <select
        id="ts-authority"
        value={draft.authority}
        onChange={(e) => change({ ...draft, authority: e.currentTarget.value as AuthorityId })}
      >
        {PRESET_AUTHORITIES.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
        <option value="custom">{t('tsCustom')}</option>
      </select>
      {draft.authority === 'custom' && (
        <>
          <label for="ts-custom-url">{t('tsCustomUrl')}</label>
          <input
            id="ts-custom-url"
            type="url"
            value={draft.customUrl}
            onInput={(e) => setDraft({ ...draft, customUrl: e.currentTarget.value })}
            onChange={(e) => change({ ...draft, customUrl: e.currentTarget.value })}
          />
        </>
      )}
      {target && <p class="muted">{t('tsSentTo', target.name, target.url)}</p>}
      <label class="check" for="ts-enabled">
        <input
          id="ts-enabled"
          type="checkbox"
          checked={draft.enabled}
          onChange={(e) => change({ ...draft, enabled: e.currentTarget.checked })}
        />
        {t('tsEnable')}
      </label>
      <p class="muted" role="status">
        {status || (saved.enabled ? t('tsOnNote') : t('tsOffNote'))}
      </p>
    </div>
  );
}
